import * as L from './run-layout';

/**
 * The aggregate self-reliance of the state at the start of a sub-step, domestic supply over demand, summed
 * in sector order (a year's record reads the state before the sub-step moves it).
 */
export function aggregateSelfReliance(sectorRecords: readonly Float64Array[], n: number): number {
  let demandTotal = 0;
  let domesticTotal = 0;
  for (let s = 0; s < n; s++) {
    const ws = sectorRecords[s]!;
    const Vs = ws[L.S_V]!;
    demandTotal += Vs;
    domesticTotal += Vs * (ws[L.S_SC]! + ws[L.S_SF]!);
  }
  return demandTotal > 0 ? domesticTotal / demandTotal : 0;
}
