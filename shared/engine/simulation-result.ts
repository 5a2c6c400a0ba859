import type { RunNotice } from './notice';

/**
 * The outputs of one deterministic run (model.md §7). Per-sector series are flat arrays indexed
 * `s * years.length + y`, year `y` being the state at the start of `baseYear + y`.
 */
export interface SimulationResult {
  readonly sectorIds: readonly string[];
  readonly years: readonly number[];
  /** The time step the run used (smaller than asked when the stability check required it). */
  readonly dt: number;
  readonly S: Float64Array;
  readonly C: Float64Array;
  readonly U: Float64Array;
  readonly F: Float64Array;
  readonly R: Float64Array;
  readonly P: Float64Array;
  readonly K: Float64Array;
  readonly X: Float64Array;
  readonly yearsBehind: Float64Array;
  /** Demand-weighted self-reliance Σ V·S / Σ V per year. */
  readonly aggregateS: Float64Array;
  /** Open chokepoints N(t) at the start of each year. */
  readonly chokepointsOpen: Float64Array;
  /** Ids of the open chokepoints each year (omitted in Monte Carlo draws). */
  readonly openIds?: readonly (readonly number[])[];
  /** Cost flows integrated over each year [y, y+1), USD bn, per sector (flat) and in total. */
  readonly costs: {
    readonly fiscal: Float64Array;
    readonly disruption: Float64Array;
    readonly substitution: Float64Array;
    readonly fiscalTotal: Float64Array;
    readonly disruptionTotal: Float64Array;
    readonly substitutionTotal: Float64Array;
  };
  readonly notices: readonly RunNotice[];
}

/** One sector's series of a flat per-sector output. */
export function sectorSeries(
  result: SimulationResult,
  values: Float64Array,
  sectorIndex: number,
): Float64Array {
  const years = result.years.length;
  return values.subarray(sectorIndex * years, (sectorIndex + 1) * years);
}
