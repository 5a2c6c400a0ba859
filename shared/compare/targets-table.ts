import { DEFAULT_TARGETS, firstIndexReaching } from '../engine/targets';
import type { ComparedScenario, ScenarioOutcome } from './compare-types';
import { comparedScenarios } from './display-names';

/** When one scenario's sector first reaches one target. */
export interface TargetCell {
  /** The first year S is at or above the target, or null for "not by the horizon year". */
  readonly year: number | null;
  /** The share of Monte Carlo draws that reach it by the horizon, or null without bands. */
  readonly probability: number | null;
}

/**
 * Whether a cell's probability is worth printing beside its year: always where draws were run, but
 * for a target neither the central run nor any draw reaches ("—" says it all).
 */
export function showsProbability(cell: TargetCell): boolean {
  return cell.probability !== null && !(cell.year === null && cell.probability === 0);
}

export interface TargetsRow {
  readonly sector: string;
  /** `cells[scenario][target]`, in the order of `scenarios` and `targets`. */
  readonly cells: TargetCell[][];
}

export interface TargetsTable {
  readonly targets: number[];
  readonly horizonYear: number;
  readonly scenarios: ComparedScenario[];
  readonly rows: TargetsRow[];
}

/**
 * Per sector and scenario, the first year S reaches each target (default 50 % and 70 %) on the
 * deterministic run, read as `targetYears` reads it, and the probability of reaching it by the horizon
 * from the bands run.
 */
export function compareTargets(
  outcomes: readonly ScenarioOutcome[],
  referenceId: string,
  targets: readonly number[] = DEFAULT_TARGETS,
): TargetsTable {
  const { years, sectorIds } = outcomes[0]!.run;
  const count = years.length;
  const rows = sectorIds.map((sector, s): TargetsRow => ({
    sector,
    cells: outcomes.map(({ run, bands }) =>
      targets.map((target): TargetCell => {
        const index = firstIndexReaching(run.S.subarray(s * count, (s + 1) * count), target);
        const reached = bands?.targetProbability?.[sector]?.[String(target)];
        return { year: index < 0 ? null : years[index]!, probability: reached ? reached[count - 1]! : null };
      }),
    ),
  }));
  return {
    targets: [...targets],
    horizonYear: years[count - 1]!,
    scenarios: comparedScenarios(
      outcomes.map((outcome) => outcome.scenario),
      referenceId,
    ),
    rows,
  };
}
