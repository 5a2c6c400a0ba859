import type { Catalogue } from '../catalogue/types';
import { DEFAULT_TARGETS } from '../engine/targets';
import type { ComparedScenario, ScenarioOutcome } from './compare-types';
import type { CostComparison } from './cost-comparison';
import { compareCosts } from './cost-comparison';
import { comparedScenarios } from './display-names';
import type { AssumptionDiff } from './lever-diff';
import { assumptionDiffs } from './lever-diff';
import type { TargetsTable } from './targets-table';
import { compareTargets } from './targets-table';
import type { ComparedTrajectories } from './trajectories';
import { compareTrajectories } from './trajectories';

export interface ComparisonOptions {
  readonly referenceId: string;
  /** Yearly rate the cumulative costs are discounted at (model.md §3: the user's choice, 3 % by default). */
  readonly discountRate: number;
  readonly targets?: readonly number[];
}

/** Everything the compare view and the report show that needs no further runs, as plain data. */
export interface ComparisonModel {
  readonly referenceId: string;
  readonly baseYear: number;
  readonly horizonYear: number;
  readonly scenarios: ComparedScenario[];
  readonly trajectories: ComparedTrajectories;
  readonly targets: TargetsTable;
  readonly costs: CostComparison;
  readonly diffs: AssumptionDiff[];
}

/**
 * Assembles the comparison of outcomes already run (`runComparison`, or the interface's worker). Pure
 * and cheap: milliseconds, no engine runs. Attribution is separate (`runAttribution`, then
 * `attributionWaterfall`) because it costs 128–256 runs per pair.
 */
export function buildComparison(
  outcomes: readonly ScenarioOutcome[],
  catalogue: Catalogue,
  options: ComparisonOptions,
): ComparisonModel {
  const { referenceId, discountRate } = options;
  const years = outcomes[0]!.run.years;
  const trajectories = compareTrajectories(outcomes, referenceId);
  const targets = compareTargets(outcomes, referenceId, options.targets ?? DEFAULT_TARGETS);
  const costs = compareCosts(outcomes, referenceId, discountRate);
  return {
    referenceId,
    baseYear: years[0]!,
    horizonYear: years[years.length - 1]!,
    scenarios: comparedScenarios(
      outcomes.map((outcome) => outcome.scenario),
      referenceId,
    ),
    trajectories,
    targets,
    costs,
    diffs: assumptionDiffs(
      outcomes.map((outcome) => outcome.scenario),
      referenceId,
      catalogue,
    ),
  };
}
