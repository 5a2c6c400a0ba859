import type { CatalogueLookup } from '../domain/catalogue-lookup';
import type { Scenario } from '../domain/scenario';
import type { ScenarioIssue } from '../domain/scenario-issue';
import { prefixIssues } from '../domain/scenario-issue';
import { validateScenarioSemantics } from '../domain/validate-scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
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
 * Semantic checks of every scenario, located in the file: all issues at once, up to `limit` listed. One
 * more than `limit` is looked for before checking stops, so that the error can say "and at least N
 * more" only when there are more, and stopping is never mistaken for the end.
 */
export function checkSemantics(
  scenarios: readonly Scenario[],
  lookup: CatalogueLookup,
  limit = Infinity,
): Result<void, FileFormatError> {
  const issues: ScenarioIssue[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    if (issues.length > limit) break;
    const found = validateScenarioSemantics(scenario, lookup, limit + 1 - issues.length);
    for (const issue of prefixIssues(['scenarios', index], found)) issues.push(issue);
  }
  return issues.length === 0
    ? ok(undefined)
    : err(issuesError('semantic', issues, { limit, stoppedEarly: issues.length > limit }));
}
