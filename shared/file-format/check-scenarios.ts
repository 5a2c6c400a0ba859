import type { CatalogueLookup } from '../domain/catalogue-lookup';
import type { Scenario } from '../domain/scenario';
import type { ScenarioIssue } from '../domain/scenario-issue';
import { prefixIssues } from '../domain/scenario-issue';
import { validateScenarioSemantics } from '../domain/validate-scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Catalogue } from '../catalogue/types';
import { isBuiltInPackageId, packageLookup } from '../packages/built-in-packages';
import { KNOWN_SECTOR_IDS } from '../packages/known-sectors';
import { packageIssues } from '../packages/package-issues';
import { packageReferenceIssues } from '../packages/package-references';
import type { RestrictionPackage } from '../packages/restriction-package';
import { MAX_SCENARIOS } from './constants';
import type { FileFormatError } from './file-format-error';
import { issuesError } from './file-format-error';

/** Refuses a file with too many scenarios before validating any of them (that would be the slow part). */
export function checkScenarioCount(
  scenarios: unknown,
  limit: number = MAX_SCENARIOS,
): Result<void, FileFormatError> {
  if (Array.isArray(scenarios) && scenarios.length > limit) {
    return err({ kind: 'too-many-scenarios', path: ['scenarios'], count: scenarios.length, limit });
  }
  return ok(undefined);
}

/** Refuses two scenarios with one id: importing them would overwrite one with the other. */
export function checkDuplicateIds(scenarios: readonly Pick<Scenario, 'id'>[]): Result<void, FileFormatError> {
  const firstIndex = new Map<string, number>();
  for (const [index, scenario] of scenarios.entries()) {
    const first = firstIndex.get(scenario.id);
    if (first !== undefined) {
      return err({
        kind: 'duplicate-id',
        path: ['scenarios', index, 'id'],
        id: scenario.id,
        index,
        firstIndex: first,
      });
    }
    firstIndex.set(scenario.id, index);
  }
  return ok(undefined);
}

/**
 * The file's packages: each valid on its own, each id once, none taking a built-in package's id
 * (a built-in id always means the built-in package).
 */
function packageDefinitionIssues(packages: readonly RestrictionPackage[]): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, entry] of packages.entries()) {
    const path = ['restrictionPackages', index];
    const first = firstIndex.get(entry.id);
    if (isBuiltInPackageId(entry.id))
      issues.push({
        path: [...path, 'id'],
        message: `expected an id of the file's own, found "${entry.id}", the id of a built-in restriction package`,
      });
    else if (first !== undefined)
      issues.push({
        path: [...path, 'id'],
        message: `expected each restriction package id once, found "${entry.id}" again (first at index ${first})`,
      });
    else firstIndex.set(entry.id, index);
    issues.push(...prefixIssues(path, packageIssues(entry, KNOWN_SECTOR_IDS)));
  }
  return issues;
}

/**
 * Semantic checks of every package and scenario, located in the file: all issues at once, up to
 * `limit`. One more than `limit` is looked for before checking stops, so that the error can say "and
 * at least N more" only when there are more, and stopping is never mistaken for the end. A scenario may apply built-in packages and
 * the packages the file defines; any other id is refused by name.
 */
export function checkSemantics(
  scenarios: readonly Scenario[],
  lookup: CatalogueLookup,
  limit = Infinity,
  packages: readonly RestrictionPackage[] = [],
): Result<void, FileFormatError> {
  const issues: ScenarioIssue[] = packageDefinitionIssues(packages).slice(0, limit);
  const packagesById = packageLookup(packages);
  for (const [index, scenario] of scenarios.entries()) {
    if (issues.length > limit) break;
    const catalogue: Catalogue | undefined = lookup(scenario.catalogue);
    const found = [
      ...validateScenarioSemantics(scenario, lookup, limit + 1 - issues.length),
      ...packageReferenceIssues(scenario, packagesById, catalogue),
    ];
    for (const issue of prefixIssues(['scenarios', index], found)) issues.push(issue);
  }
  return issues.length === 0
    ? ok(undefined)
    : err(issuesError('semantic', issues, { limit, stoppedEarly: issues.length > limit }));
}
