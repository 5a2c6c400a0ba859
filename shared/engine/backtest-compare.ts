import type { Observation } from '../catalogue/history-2018/observations';
import type { Band } from './quantiles';

/**
 * How an observation takes part in a backtest: compared with the run, the base year's own datum (the
 * run starts from it, so its error is zero by construction), or outside the years the run covers.
 */
export type ObservationRole = 'compared' | 'base-year' | 'outside-run' | 'unknown-sector';

/** One observation next to what the model simulated for the same sector and year. */
export interface BacktestRow {
  readonly observation: Observation;
  readonly role: ObservationRole;
  /** Simulated self-reliance in the observation's year (absent outside the run). */
  readonly simulated?: number;
  /** 100 × (simulated − observed): points of self-reliance, negative when the model under-predicts. */
  readonly error?: number;
  /** The Monte Carlo P10, P50 and P90 of S in that year, when the backtest ran draws. */
  readonly band?: { readonly p10: number; readonly p50: number; readonly p90: number };
  /** Whether the observation lies inside P10–P90 (bounds included). */
  readonly inBand?: boolean;
}

/** The fit over a set of compared observations. */
export interface FitSummary {
  readonly compared: number;
  /** Mean absolute error, points; NaN when nothing was compared. */
  readonly mae: number;
  /** Observations inside P10–P90, when bands were computed. */
  readonly inBand?: number;
  /** inBand / compared. */
  readonly coverage?: number;
}

/** The per-sector S of a run (or of a band), flat `s * years + y` like every engine output. */
interface SeriesSource {
  readonly sectorIds: readonly string[];
  readonly years: readonly number[];
}

/**
 * Puts every observation next to the simulated S of its sector and year. Observations before the
 * base year or after the horizon are kept, marked as outside the run, so the table still shows them.
 */
export function compareObservations(
  run: SeriesSource & { readonly S: Float64Array },
  observations: readonly Observation[],
  bands?: Band,
): BacktestRow[] {
  const years = run.years.length;
  const baseYear = run.years[0]!;
  return observations.map((observation): BacktestRow => {
    const s = run.sectorIds.indexOf(observation.sector);
    if (s < 0) return { observation, role: 'unknown-sector' };
    const y = observation.year - baseYear;
    if (y < 0 || y >= years) return { observation, role: 'outside-run' };
    const i = s * years + y;
    const simulated = run.S[i]!;
    const role = y === 0 ? 'base-year' : 'compared';
    const row = { observation, role, simulated, error: 100 * (simulated - observation.value) } as const;
    if (!bands) return row;
    const band = { p10: bands.p10[i]!, p50: bands.p50[i]!, p90: bands.p90[i]! };
    return { ...row, band, inBand: observation.value >= band.p10 && observation.value <= band.p90 };
  });
}

/** Mean absolute error and band coverage over the compared rows that `include` accepts. */
export function summarizeFit(
  rows: readonly BacktestRow[],
  include: (row: BacktestRow) => boolean = () => true,
): FitSummary {
  const compared = rows.filter((row) => row.role === 'compared' && include(row));
  const mae = compared.reduce((sum, row) => sum + Math.abs(row.error!), 0) / compared.length;
  if (!compared.every((row) => row.inBand !== undefined) || compared.length === 0) {
    return { compared: compared.length, mae };
  }
  const inBand = compared.filter((row) => row.inBand).length;
  return { compared: compared.length, mae, inBand, coverage: inBand / compared.length };
}
