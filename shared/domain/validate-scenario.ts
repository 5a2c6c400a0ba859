import type { Result } from '../result';
import { err, ok } from '../result';
import type { CatalogueLookup } from './catalogue-lookup';
import { LEVER_IDS } from './inputs';
import { dataIssues, parameterIssues, unknownSectorIssue } from './override-issues';
import type { Scenario } from './scenario';
import type { ScenarioIssue } from './scenario-issue';
import { scenarioSchema } from './scenario-schema';
import { schemaIssues } from './schema-issues';
import { scheduleIssues } from './schedule-issues';

/**
 * Problems a well-formed scenario can still have, checked against the catalogue it names: sector ids
 * the catalogue lacks, schedules out of order or out of range, overrides outside their ranges. Paths
 * are relative to the scenario. An unknown catalogue is itself an issue; the checks that need it are
 * then skipped, the others still run.
 */
export function validateScenarioSemantics(
  scenario: Scenario,
  lookup: CatalogueLookup,
  /** Stop checking further sectors once this many issues are found (a hostile file has millions). */
  maxIssues = Infinity,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const catalogue = lookup(scenario.catalogue);
  if (catalogue === undefined) {
    issues.push({
      path: ['catalogue'],
      message: `expected the id of a known catalogue, found "${scenario.catalogue}"`,
    });
  }
  for (const [sectorId, inputs] of Object.entries(scenario.sectors)) {
    if (issues.length >= maxIssues) return issues;
    const path = ['sectors', sectorId];
    if (catalogue && !catalogue.sectors.some((sector) => sector.id === sectorId)) {
      issues.push(unknownSectorIssue(sectorId, catalogue, path));
    }
    for (const lever of LEVER_IDS) {
      const schedule = inputs.levers?.[lever];
      if (schedule !== undefined) {
        issues.push(...scheduleIssues(schedule, lever, scenario.baseYear, [...path, 'levers', lever]));
      }
    }
    if (inputs.restriction !== undefined) {
      issues.push(
        ...scheduleIssues(inputs.restriction, 'restriction', scenario.baseYear, [...path, 'restriction']),
      );
    }
    if (inputs.data) issues.push(...dataIssues(inputs.data, [...path, 'data']));
    if (inputs.parameters && catalogue)
      issues.push(...parameterIssues(inputs.parameters, catalogue, [...path, 'parameters']));
  }
  if (scenario.parameters && catalogue)
    issues.push(...parameterIssues(scenario.parameters, catalogue, ['parameters']));
  scenario.restrictionPackages?.forEach((id, index) => {
    const first = scenario.restrictionPackages!.indexOf(id);
    if (first < index)
      issues.push({
        path: ['restrictionPackages', index],
        message: `expected each restriction package once, found "${id}" again (first at index ${first})`,
      });
  });
  return issues;
}

/** Checks only the shape of a scenario (no catalogue needed). */
export function parseScenarioShape(value: unknown): Result<Scenario, ScenarioIssue[]> {
  const parsed = scenarioSchema.safeParse(value, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(schemaIssues(parsed.error.issues));
}

/**
 * A scenario from anywhere (the library, the UI, a file): its shape, then its meaning against its
 * catalogue. `x-…` extension keys are kept. Never throws.
 */
export function validateScenario(value: unknown, lookup: CatalogueLookup): Result<Scenario, ScenarioIssue[]> {
  const shaped = parseScenarioShape(value);
  if (!shaped.ok) return shaped;
  const issues = validateScenarioSemantics(shaped.value, lookup);
  return issues.length === 0 ? shaped : err(issues);
}
