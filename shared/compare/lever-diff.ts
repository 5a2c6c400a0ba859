import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { InputDifference, OverrideDifference, ScenarioDifference } from '../domain/scenario-diff';
import { diffScenarios } from '../domain/scenario-diff';
import type { AssumptionChange } from '../history/describe-changes';
import { scenarioChanges } from '../history/scenario-changes';
import { comparedScenarios } from './display-names';
import type { ComparedScenario } from './compare-types';

/** What one compared scenario assumes differently from the reference. */
export interface AssumptionDiff extends ComparedScenario {
  /** Lever and restriction schedules first (sector by sector, runs of years), then data and parameter overrides. */
  readonly differences: ScenarioDifference[];
  /**
   * The same differences as readable changes (`scenarioChanges`): one per lever and change with
   * schedules as shapes and sectors grouped, then the overrides. Names, tags and settings are left out.
   */
  readonly changes: AssumptionChange[];
}

function isAssumption(change: ReturnType<typeof scenarioChanges>[number]): change is AssumptionChange {
  return change.kind === 'schedule' || change.kind === 'data' || change.kind === 'parameter';
}

/** What `scenario` assumes differently from `reference`, as readable changes. */
export function assumptionChanges(
  reference: Scenario,
  scenario: Scenario,
  catalogue: Catalogue,
): AssumptionChange[] {
  return scenarioChanges(reference, scenario, catalogue).filter(isAssumption);
}

/** The lever diff of every non-reference scenario against the reference (`diffScenarios`). */
export function assumptionDiffs(
  scenarios: readonly Scenario[],
  referenceId: string,
  catalogue: Catalogue,
): AssumptionDiff[] {
  const reference = scenarios.find((scenario) => scenario.id === referenceId)!;
  const named = comparedScenarios(scenarios, referenceId);
  return scenarios.flatMap((scenario, i) =>
    scenario.id === referenceId
      ? []
      : [
          {
            ...named[i]!,
            differences: diffScenarios(reference, scenario, catalogue),
            changes: assumptionChanges(reference, scenario, catalogue),
          },
        ],
  );
}

/** Input differences that are the same change in several sectors, listed once. */
export type GroupedInputDifference = Omit<InputDifference, 'sector'> & {
  /** In catalogue order; every catalogue sector when `allSectors`. */
  readonly sectors: string[];
  readonly allSectors: boolean;
};

export type GroupedDifference = GroupedInputDifference | OverrideDifference;

/**
 * The differences with identical input changes merged across sectors ("basic research 1 → 1.5 from
 * 2030 in all sectors" instead of eleven rows), in order of first appearance. Overrides stay as they are.
 */
export function groupDifferences(
  differences: readonly ScenarioDifference[],
  sectorIds: readonly string[],
): GroupedDifference[] {
  const out: GroupedDifference[] = [];
  const groups = new Map<string, { sectors: string[] }>();
  for (const difference of differences) {
    if (difference.kind !== 'input') {
      out.push(difference);
      continue;
    }
    const key = JSON.stringify([
      difference.input,
      difference.fromYear,
      difference.toYear,
      difference.a,
      difference.b,
    ]);
    const group = groups.get(key);
    if (group) {
      group.sectors.push(difference.sector);
      continue;
    }
    const created = { sectors: [difference.sector] };
    groups.set(key, created);
    const { sector: _sector, ...change } = difference;
    out.push({ ...change, sectors: created.sectors, allSectors: false });
  }
  return out.map((difference) =>
    difference.kind === 'input'
      ? {
          ...difference,
          sectors: [...difference.sectors],
          allSectors: sectorIds.every((id) => difference.sectors.includes(id)),
        }
      : difference,
  );
}
