import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { ScenarioIssue } from '../domain/scenario-issue';
import type { PackageLookup } from './restriction-package';

/**
 * Problems of the packages a scenario applies, located in the scenario: an id nothing defines (named,
 * never ignored), or a package restricting a sector the scenario's catalogue lacks.
 */
export function packageReferenceIssues(
  scenario: Pick<Scenario, 'restrictionPackages'>,
  lookup: PackageLookup,
  catalogue: Catalogue | undefined,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  scenario.restrictionPackages?.forEach((id, index) => {
    const path = ['restrictionPackages', index];
    const found = lookup(id);
    if (!found) {
      issues.push({
        path,
        message: `unknown restriction package "${id}": expected a built-in package or one defined in the file or the library`,
      });
      return;
    }
    if (!catalogue) return;
    for (const sectorId of Object.keys(found.sectors)) {
      if (!catalogue.sectors.some((sector) => sector.id === sectorId))
        issues.push({
          path,
          message: `restriction package "${found.name}" restricts sector "${sectorId}", which catalogue "${catalogue.id}" does not have`,
        });
    }
  });
  return issues;
}
