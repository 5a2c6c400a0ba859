import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { ScenarioDifference } from '../domain/scenario-diff';
import { diffScenarios } from '../domain/scenario-diff';
import { comparedScenarios } from './display-names';
import type { ComparedScenario } from './compare-types';

/** What one compared scenario assumes differently from the reference. */
export interface AssumptionDiff extends ComparedScenario {
  /** Lever and restriction schedules first (sector by sector, runs of years), then data and parameter overrides. */
  readonly differences: ScenarioDifference[];
}

/** The lever diff of every non-reference scenario against the reference (`diffScenarios`). */
export function assumptionDiffs(scenarios: readonly Scenario[], referenceId: string, catalogue: Catalogue): AssumptionDiff[] {
  const reference = scenarios.find((scenario) => scenario.id === referenceId)!;
  const named = comparedScenarios(scenarios, referenceId);
  return scenarios.flatMap((scenario, i) =>
    scenario.id === referenceId ? [] : [{ ...named[i]!, differences: diffScenarios(reference, scenario, catalogue) }],
  );
}
