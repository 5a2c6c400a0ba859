import type { Band } from '../../../../shared/engine/quantiles';
import type { BandState } from '../../sim/sim-client';
import type { Bands, Outcome, Trajectory } from '../../sim/sim-types';
import type { ScenarioRole, VisibleScenario } from '../../sim/visible-scenarios';

/** One visible scenario with its results, as the charts consume it. */
export interface ChartScenario {
  readonly id: string;
  readonly role: ScenarioRole;
  readonly name: string;
  readonly color: string;
  /** Content key of the run: equal keys, equal lines. */
  readonly runKey: string;
  /** Content key of the bands shown (empty when none). */
  readonly bandsKey: string;
  readonly run: Trajectory | undefined;
  readonly bands: Bands | undefined;
  /** Bands are partial (refining) or missing. */
  readonly bandsDone: number;
  readonly bandsTotal: number;
}

/** Pairs visible scenarios with their results and colours (edited first colour, baseline grey, compared the rest). */
export function chartScenarios(
  visible: readonly VisibleScenario[],
  runs: ReadonlyMap<string, Outcome<Trajectory>>,
  bands: ReadonlyMap<string, BandState>,
  palette: { readonly series: readonly string[]; readonly baseline: string },
): ChartScenario[] {
  let compared = 0;
  return visible.map((entry) => {
    const run = runs.get(entry.key);
    const band = bands.get(entry.key);
    const color =
      entry.role === 'edited'
        ? palette.series[0]!
        : entry.role === 'baseline'
          ? palette.baseline
          : palette.series[1 + (compared++ % (palette.series.length - 1))]!;
    return {
      id: entry.id,
      role: entry.role,
      name: entry.name,
      color,
      runKey: entry.key,
      bandsKey: band?.outcome.ok ? entry.key : '',
      run: run?.ok ? run.value : undefined,
      bands: band?.outcome.ok ? band.outcome.value : undefined,
      bandsDone: band?.outcome.ok ? band.done : 0,
      bandsTotal: band?.total ?? 0,
    };
  });
}

/** [year, value] pairs of a series (optionally one sector's slice of a flat per-sector array). */
export function pairs(years: readonly number[], values: ArrayLike<number>, sector = -1): [number, number][] {
  const offset = sector < 0 ? 0 : sector * years.length;
  return years.map((year, y) => [year, values[offset + y]!]);
}

/** A band as the two stacked series ECharts draws: the lower edge, then the width above it. */
export function bandPairs(
  years: readonly number[],
  band: Band,
  sector = -1,
): { lower: [number, number][]; width: [number, number][] } {
  const offset = sector < 0 ? 0 : sector * years.length;
  return {
    lower: years.map((year, y) => [year, band.p10[offset + y]!]),
    width: years.map((year, y) => [year, band.p90[offset + y]! - band.p10[offset + y]!]),
  };
}

/** The value of a series in its last year. */
export function last(values: ArrayLike<number>, years: number, sector = -1): number {
  return values[(sector < 0 ? 0 : sector * years) + years - 1]!;
}

export function first(values: ArrayLike<number>, years: number, sector = -1): number {
  return values[sector < 0 ? 0 : sector * years]!;
}
