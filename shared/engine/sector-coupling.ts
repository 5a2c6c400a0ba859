import type { DependencyPairs } from './dependency-pairs';
import * as L from './run-layout';

/**
 * The sectors couple only here, through ω: upstream supply from the suppliers' U, and the buyers'
 * perceived restriction. Each sector's U, and these two sums back at 1 and 0, were left by the end of its
 * record's update in the sub-step before (or by startSectors before the first).
 */
export function coupleSectors(pairs: DependencyPairs, w: Float64Array): void {
  const SF = L.SECTOR_FIELDS;
  for (let i = 0; i < pairs.weight.length; i++) {
    const buyer = pairs.buyer[i]! * SF;
    const supplier = pairs.supplier[i]! * SF;
    const weight = pairs.weight[i]!;
    w[buyer + L.S_UPSTREAM] = w[buyer + L.S_UPSTREAM]! * (1 - weight * w[supplier + L.S_U]!);
    w[supplier + L.S_BUYERS_EXPOSURE] = w[supplier + L.S_BUYERS_EXPOSURE]! + weight * w[buyer + L.S_RBAR]!;
  }
}
