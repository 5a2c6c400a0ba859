import type { RunNotice } from './notice';
import type { SimulationResult } from './simulation-result';

/** Per-sector series and per-year series a run's one output buffer holds (with the three cost totals). */
const SECTOR_SERIES = 12;
const YEAR_SERIES = 2 + 3;

/**
 * The result arrays a run fills in, allocated once per run: views over one buffer, since each small
 * typed array of its own is a separate allocation outside the heap (it showed in every run). A result
 * posted to another thread moves that one buffer (renderer/src/sim/transferables.ts lists it once).
 */
export function allocateOutput(n: number, outYears: number, recordOpenIds: boolean) {
  const buffer = new Float64Array((SECTOR_SERIES * n + YEAR_SERIES) * outYears);
  let used = 0;
  const f64 = (size: number): Float64Array => buffer.subarray(used, (used += size));
  return {
    S: f64(n * outYears),
    C: f64(n * outYears),
    U: f64(n * outYears),
    F: f64(n * outYears),
    R: f64(n * outYears),
    P: f64(n * outYears),
    K: f64(n * outYears),
    X: f64(n * outYears),
    yearsBehind: f64(n * outYears),
    aggregateS: f64(outYears),
    chokepointsOpen: f64(outYears),
    openIds: recordOpenIds ? ([] as number[][]) : undefined,
    fiscal: f64(n * outYears),
    disruption: f64(n * outYears),
    substitution: f64(n * outYears),
    /** Filled by finishOutput: the economy-wide totals of the three cost flows. */
    totals: f64(3 * outYears),
  };
}

export type SimulationOutput = ReturnType<typeof allocateOutput>;

/**
 * A spare output of the same size made ready for another run (the cost flows, which accumulate, back to
 * 0; every other array is written in full), or a new one.
 */
export function reuseOutput(
  spare: SimulationOutput | undefined,
  n: number,
  outYears: number,
): SimulationOutput {
  if (!spare || spare.openIds || spare.S.length !== n * outYears || spare.aggregateS.length !== outYears) {
    return allocateOutput(n, outYears, false);
  }
  spare.fiscal.fill(0);
  spare.disruption.fill(0);
  spare.substitution.fill(0);
  return spare;
}

function totals(perSector: Float64Array, n: number, outYears: number, out: Float64Array): Float64Array {
  for (let y = 0; y < outYears; y++) {
    let total = 0;
    for (let s = 0; s < n; s++) total += perSector[s * outYears + y]!;
    out[y] = total;
  }
  return out;
}

/** The last runs' calendar years (frozen, shared by every result with the same ones). */
let lastYears: readonly number[] = Object.freeze([]);

function calendarYears(baseYear: number, outYears: number): readonly number[] {
  if (lastYears.length !== outYears || lastYears[0] !== baseYear) {
    lastYears = Object.freeze(Array.from({ length: outYears }, (_, y) => baseYear + y));
  }
  return lastYears;
}

/** The filled arrays as a result, with the economy-wide cost totals. */
export function finishOutput(
  out: SimulationOutput,
  sectorIds: readonly string[],
  baseYear: number,
  dt: number,
  notices: readonly RunNotice[],
): SimulationResult {
  const n = sectorIds.length;
  const outYears = out.aggregateS.length;
  const { fiscal, disruption, substitution, totals: totalsBuffer } = out;
  const { S, C, U, F, R, P, K, X, yearsBehind, aggregateS, chokepointsOpen, openIds } = out;
  const years = calendarYears(baseYear, outYears);
  const costs = {
    fiscal,
    disruption,
    substitution,
    fiscalTotal: totals(fiscal, n, outYears, totalsBuffer.subarray(0, outYears)),
    disruptionTotal: totals(disruption, n, outYears, totalsBuffer.subarray(outYears, 2 * outYears)),
    substitutionTotal: totals(substitution, n, outYears, totalsBuffer.subarray(2 * outYears)),
  };
  // Two literals rather than a spread or a rest pattern (slow generic copies, in every run); the key
  // order is the one results have always had.
  return openIds
    ? {
        sectorIds,
        years,
        dt,
        S,
        C,
        U,
        F,
        R,
        P,
        K,
        X,
        yearsBehind,
        aggregateS,
        chokepointsOpen,
        openIds,
        costs,
        notices,
      }
    : {
        sectorIds,
        years,
        dt,
        S,
        C,
        U,
        F,
        R,
        P,
        K,
        X,
        yearsBehind,
        aggregateS,
        chokepointsOpen,
        costs,
        notices,
      };
}
