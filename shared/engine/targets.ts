import type { SimulationResult } from './simulation-result';

/** Self-reliance targets reported by default (model.md §7). */
export const DEFAULT_TARGETS = [0.5, 0.7] as const;

/** Index of the first year whose value reaches `target`, or -1 when none does. */
export function firstIndexReaching(series: ArrayLike<number>, target: number): number {
  for (let y = 0; y < series.length; y++) if (series[y]! >= target) return y;
  return -1;
}

/** Per sector, the first year S reaches each target, or null for "not by the horizon". */
export function targetYears(
  result: SimulationResult,
  targets: readonly number[] = DEFAULT_TARGETS,
): Record<string, Record<string, number | null>> {
  const years = result.years.length;
  const out: Record<string, Record<string, number | null>> = {};
  result.sectorIds.forEach((sectorId, s) => {
    const series = result.S.subarray(s * years, (s + 1) * years);
    const perTarget: Record<string, number | null> = {};
    for (const target of targets) {
      const index = firstIndexReaching(series, target);
      perTarget[String(target)] = index < 0 ? null : result.years[index]!;
    }
    out[sectorId] = perTarget;
  });
  return out;
}
