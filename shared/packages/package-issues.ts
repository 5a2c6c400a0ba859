import { closestKey } from '../domain/closest-key';
import type { JsonPath, ScenarioIssue } from '../domain/scenario-issue';
import { scheduleIssues } from '../domain/schedule-issues';
import type { Result } from '../result';
import { err, ok } from '../result';
import { schemaIssues } from '../domain/schema-issues';
import { restrictionPackageSchema } from './package-schema';
import type { RestrictionPackage } from './restriction-package';

function unknownSector(sectorId: string, known: readonly string[], path: JsonPath): ScenarioIssue {
  const suggestion = closestKey(sectorId, known);
  const hint =
    suggestion === undefined ? `expected one of ${known.join(', ')}` : `did you mean "${suggestion}"?`;
  return { path, message: `unknown sector "${sectorId}"; ${hint}` };
}

/**
 * Problems a well-formed package can still have: it restricts no sector, a sector no catalogue has,
 * schedules out of order or outside 0–1, or a step before the package's own year (a package acts
 * from its date). Paths are relative to the package.
 */
export function packageIssues(entry: RestrictionPackage, knownSectors: readonly string[]): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (Object.keys(entry.sectors).length === 0)
    issues.push({ path: ['sectors'], message: 'expected at least one sector, found none' });
  for (const [sectorId, inputs] of Object.entries(entry.sectors)) {
    const path = ['sectors', sectorId, 'restriction'];
    if (!knownSectors.includes(sectorId))
      issues.push(unknownSector(sectorId, knownSectors, ['sectors', sectorId]));
    const schedule = inputs.restriction;
    // No base year to start at: a package's schedule starts at its own year (checked below).
    issues.push(...scheduleIssues(schedule, 'restriction', Number.POSITIVE_INFINITY, path));
    const first = typeof schedule === 'number' ? undefined : schedule[0];
    if (first !== undefined && first.year < entry.year)
      issues.push({
        path: [...path, 0, 'year'],
        message: `expected the first step at or after the package's year ${entry.year}, found ${first.year}`,
      });
  }
  return issues;
}

/** A package from anywhere (a file, the library, the interface): its shape, then its meaning. */
export function validatePackage(
  value: unknown,
  knownSectors: readonly string[],
): Result<RestrictionPackage, ScenarioIssue[]> {
  const parsed = restrictionPackageSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return err(schemaIssues(parsed.error.issues));
  const issues = packageIssues(parsed.data, knownSectors);
  return issues.length === 0 ? ok(parsed.data) : err(issues);
}
