import type { Scenario } from '../../shared/domain/scenario';
import type { ScenarioIssue } from '../../shared/domain/scenario-issue';
import { packageReferenceIssues } from '../../shared/packages/package-references';
import type { PackageLookup } from '../../shared/packages/restriction-package';
import { validateScenario } from '../../shared/domain/validate-scenario';
import { formatJsonPath } from '../../shared/file-format/json-path';
import { ok } from '../../shared/result';
import type { StoreResult } from './store-error';
import { fail } from './store-error';
import { builtInCatalogues } from '../../shared/catalogue/catalogue-lookup';

function invalid(issues: readonly ScenarioIssue[]): StoreResult<never> {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return fail('invalid-input', `The scenario is not valid: ${shown}${more}.`, { issues });
}

/** Only documents that pass the shared schema are stored; the issues travel in `details`. */
export function validateDocument(value: unknown): StoreResult<Scenario> {
  const checked = validateScenario(value, builtInCatalogues);
  return checked.ok ? ok(checked.value) : invalid(checked.error);
}

/**
 * A valid document whose restriction packages the library can apply: built in, or the library's own
 * (in the trash or not). Any other id is refused by name.
 */
export function checkPackageReferences(scenario: Scenario, lookup: PackageLookup): StoreResult<Scenario> {
  const issues = packageReferenceIssues(scenario, lookup, builtInCatalogues(scenario.catalogue));
  return issues.length === 0 ? ok(scenario) : invalid(issues);
}
