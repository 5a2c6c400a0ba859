import type { Scenario } from '../../shared/domain/scenario';
import { validateScenario } from '../../shared/domain/validate-scenario';
import { formatJsonPath } from '../../shared/file-format/json-path';
import { ok } from '../../shared/result';
import type { StoreResult } from './store-error';
import { fail } from './store-error';
import { builtInCatalogues } from '../../shared/catalogue/catalogue-lookup';

/** Only documents that pass the shared schema are stored; the issues travel in `details`. */
export function validateDocument(value: unknown): StoreResult<Scenario> {
  const checked = validateScenario(value, builtInCatalogues);
  if (checked.ok) return ok(checked.value);
  const issues = checked.error;
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return fail('invalid-input', `The scenario is not valid: ${shown}${more}.`, { issues });
}
