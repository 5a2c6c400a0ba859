import type { Calibration } from './calibrate';
import type { ChokepointTable } from './chokepoint-table';
import type { RunTable } from './run-table';
import * as L from './run-layout';
import type { SimulationOutput } from './simulation-output';

/** The chokepoints of a run: which are open, where each closes and re-opens, and each sector's share. */
export interface Crossings {
  readonly open: Uint8Array;
  readonly threshold: Float64Array;
  readonly hysteresis: number;
  /** The chokepoints of sector s are bySector[first[s] … first[s + 1] − 1]. */
  readonly bySector: Float64Array;
  readonly first: Int32Array;
}

/**
 * Each chokepoint's threshold and whether it is open at t0 (E11), grouped by sector so that a sector's C
 * is checked against its own chokepoints only when it crosses the nearest threshold (see closeOrReopen).
 */
export function chokepointCrossings(
  table: RunTable,
  cal: Calibration,
  chokepoints: ChokepointTable,
  n: number,
): Crossings {
  const w = table.sectors;
  const SF = L.SECTOR_FIELDS;
  const items = chokepoints.ids.length;
  const open = new Uint8Array(items);
  const threshold = table.chokepoints.subarray(0, items);
  for (let i = 0; i < items; i++) {
    threshold[i] = cal.C0[chokepoints.sector[i]!]! + chokepoints.offset[i]!;
    open[i] = w[chokepoints.sector[i]! * SF + L.S_C]! < threshold[i]! ? 1 : 0;
  }
  const hysteresis = chokepoints.hysteresis;
  const first = new Int32Array(n + 1);
  for (let i = 0; i < items; i++) first[chokepoints.sector[i]! + 1]! += 1;
  for (let s = 0; s < n; s++) first[s + 1]! += first[s]!;
  const bySector = table.chokepoints.subarray(items, 2 * items);
  const filled = first.slice(0, n);
  for (let i = 0; i < items; i++) bySector[filled[chokepoints.sector[i]!]!++] = i;
  const crossings = { open, threshold, hysteresis, bySector, first };
  for (let s = 0; s < n; s++) closeOrReopen(crossings, w, s);
  return crossings;
}

/**
 * Closes sector s's open chokepoints whose threshold C has reached, re-opens its closed ones C has
 * fallen below by more than the hysteresis, and records the nearest C at which either can happen next:
 * the lowest threshold still open, the highest re-opening point of the closed ones.
 */
export function closeOrReopen(crossings: Crossings, w: Float64Array, s: number): void {
  const { open, threshold, hysteresis, bySector, first } = crossings;
  const r = s * L.SECTOR_FIELDS;
  const c = w[r + L.S_C]!;
  let closeAt = Infinity;
  let reopenAt = -Infinity;
  for (let k = first[s]!; k < first[s + 1]!; k++) {
    const i = bySector[k]!;
    if (open[i] === 1) {
      if (c >= threshold[i]!) open[i] = 0;
    } else if (c < threshold[i]! - hysteresis) {
      open[i] = 1;
    }
    if (open[i] === 1) closeAt = Math.min(closeAt, threshold[i]!);
    else reopenAt = Math.max(reopenAt, threshold[i]! - hysteresis);
  }
  w[r + L.S_CLOSE_AT] = closeAt;
  w[r + L.S_REOPEN_AT] = reopenAt;
}

/** Records year y's count of open chokepoints, and their ids when the run keeps them. */
export function recordOpenChokepoints(
  crossings: Crossings,
  chokepoints: ChokepointTable,
  out: SimulationOutput,
  y: number,
): void {
  const { open } = crossings;
  let count = 0;
  const ids: number[] | undefined = out.openIds ? [] : undefined;
  for (let i = 0; i < open.length; i++) {
    if (open[i] !== 1) continue;
    count++;
    ids?.push(chokepoints.ids[i]!);
  }
  out.chokepointsOpen[y] = count;
  if (ids) out.openIds!.push(ids);
}
