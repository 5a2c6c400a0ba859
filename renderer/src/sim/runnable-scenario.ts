import { getCatalogue } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import { packageLookup } from '../../../shared/packages/built-in-packages';
import type { PackageLookup } from '../../../shared/packages/restriction-package';
import { resolveRestrictionPackages } from '../../../shared/packages/resolve-packages';
import type { StoredPackage } from '../api-types';

const lookups = new WeakMap<readonly StoredPackage[], PackageLookup>();
const resolved = new WeakMap<
  Scenario,
  { readonly packages: readonly StoredPackage[]; readonly value: Scenario }
>();

/** Built-in packages, then the library's (those in the trash too: scenarios applying them still run). */
export function libraryPackageLookup(packages: readonly StoredPackage[]): PackageLookup {
  let lookup = lookups.get(packages);
  if (!lookup) {
    lookup = packageLookup(packages.map((entry) => entry.package));
    lookups.set(packages, lookup);
  }
  return lookup;
}

/**
 * The scenario as the engine runs it: its restriction packages combined into its schedules (the same
 * object again while neither changes, so results stay cached). A package the page does not know is
 * left listed, and the engine refuses the run naming it (`unresolved-packages`).
 */
export function runnableScenario(scenario: Scenario, packages: readonly StoredPackage[]): Scenario {
  if (scenario.restrictionPackages === undefined) return scenario;
  const cached = resolved.get(scenario);
  if (cached?.packages === packages) return cached.value;
  const catalogue = getCatalogue(scenario.catalogue);
  const result = catalogue && resolveRestrictionPackages(scenario, catalogue, libraryPackageLookup(packages));
  const value = result?.ok ? result.value : scenario;
  resolved.set(scenario, { packages, value });
  return value;
}
