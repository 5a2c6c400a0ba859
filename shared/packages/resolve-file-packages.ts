import { getCatalogue } from '../catalogue';
import type { Scenario } from '../domain/scenario';
import type { ScenarioFile } from '../file-format/scenario-file';
import type { Result } from '../result';
import { err, ok } from '../result';
import { packageLookup } from './built-in-packages';
import type { PackageResolutionError } from './resolve-packages';
import { resolveRestrictionPackages } from './resolve-packages';

/**
 * The file's scenarios as the engine runs them: the packages each applies (built in, or defined in the
 * file) combined into its restriction schedules. A parsed file has already had every id and sector
 * checked, so an error here means the file was not parsed by `parseScenarioFile`.
 */
export function resolveFileScenarios(
  file: Pick<ScenarioFile, 'restrictionPackages'>,
  scenarios: readonly Scenario[],
): Result<Scenario[], PackageResolutionError> {
  const lookup = packageLookup(file.restrictionPackages);
  const out: Scenario[] = [];
  for (const scenario of scenarios) {
    const catalogue = getCatalogue(scenario.catalogue);
    if (!catalogue) {
      out.push(scenario);
      continue;
    }
    const resolved = resolveRestrictionPackages(scenario, catalogue, lookup);
    if (!resolved.ok) return err(resolved.error);
    out.push(resolved.value);
  }
  return ok(out);
}
