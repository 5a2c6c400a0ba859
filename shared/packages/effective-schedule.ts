import type { Catalogue } from '../catalogue/types';
import type { InputId } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import { scenarioSchedule } from '../domain/scenario';
import type { Schedule } from '../domain/schedule';
import { combinedSchedule } from './combine-restrictions';
import type { PackageLookup, RestrictionPackage } from './restriction-package';
import { sectorRestrictionSteps } from './resolve-packages';

/**
 * The schedule an input runs with in one sector, as the editor shows and edits it: the scenario's own,
 * or for a restriction the packages combine into, or undefined (the catalogue default). Editing it
 * writes own values, which lie on top of the packages from then on, starting from what was shown.
 */
export function effectiveSchedule(
  scenario: Scenario,
  sectorId: string,
  input: InputId,
  catalogue: Catalogue,
  lookup: PackageLookup,
): Schedule | undefined {
  const own = scenarioSchedule(scenario, sectorId, input);
  if (own !== undefined || input !== 'restriction' || !scenario.restrictionPackages) return own;
  const packages = scenario.restrictionPackages.flatMap((id): RestrictionPackage[] => {
    const entry = lookup(id);
    return entry?.sectors[sectorId] ? [entry] : [];
  });
  if (packages.length === 0) return undefined;
  const steps = sectorRestrictionSteps(scenario, catalogue, packages, sectorId);
  return steps.every((step) => step.source.kind === 'default') ? undefined : combinedSchedule(steps);
}
