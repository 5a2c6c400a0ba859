import type { Catalogue } from '../catalogue/types';
import { inputDefault } from '../domain/input-default';
import type { Scenario, SectorInputs } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { ResolvedStep } from './combine-restrictions';
import { combinedSchedule, combineRestriction } from './combine-restrictions';
import type { PackageLookup, RestrictionPackage } from './restriction-package';

/** Why a scenario's packages cannot be applied: each names the package (and sector) by name. */
export type PackageResolutionError =
  | { readonly kind: 'unknown-package'; readonly scenario: string; readonly id: string }
  | {
      readonly kind: 'unknown-package-sector';
      readonly scenario: string;
      readonly package: string;
      readonly sector: string;
      readonly catalogue: string;
    };

/** A plain-English sentence for a resolution error (the interface translates the kinds). */
export function describePackageResolutionError(error: PackageResolutionError): string {
  switch (error.kind) {
    case 'unknown-package':
      return `Scenario "${error.scenario}" applies restriction package "${error.id}", which is neither built in nor defined in the library or the file.`;
    case 'unknown-package-sector':
      return `Restriction package "${error.package}", applied by scenario "${error.scenario}", restricts sector "${error.sector}", which catalogue "${error.catalogue}" does not have.`;
  }
}

/** The packages a scenario applies, in its order, or the first id nothing defines. */
export function appliedPackages(
  scenario: Pick<Scenario, 'name' | 'restrictionPackages'>,
  lookup: PackageLookup,
): Result<RestrictionPackage[], PackageResolutionError> {
  const out: RestrictionPackage[] = [];
  for (const id of scenario.restrictionPackages ?? []) {
    const found = lookup(id);
    if (!found) return err({ kind: 'unknown-package', scenario: scenario.name, id });
    out.push(found);
  }
  return ok(out);
}

/** One sector's restriction in a scenario, step by step, each step named by the layer it comes from. */
export function sectorRestrictionSteps(
  scenario: Scenario,
  catalogue: Catalogue,
  packages: readonly RestrictionPackage[],
  sectorId: string,
): ResolvedStep[] {
  const own = scenario.sectors[sectorId]?.restriction;
  return combineRestriction({
    baseYear: scenario.baseYear,
    fallback: inputDefault(catalogue, scenario, sectorId, 'restriction'),
    packages: packages.flatMap((entry) => {
      const inputs = entry.sectors[sectorId];
      return inputs ? [{ id: entry.id, year: entry.year, schedule: inputs.restriction }] : [];
    }),
    ...(own === undefined ? {} : { own }),
  });
}

/**
 * The scenario as the engine runs it: each sector a package touches and the scenario leaves unset
 * gets the combined schedule; `restrictionPackages` is gone. A scenario without packages is returned
 * as it is. Sectors the scenario sets itself keep their own schedule, which lies on top of every package.
 */
export function resolveRestrictionPackages(
  scenario: Scenario,
  catalogue: Catalogue,
  lookup: PackageLookup,
): Result<Scenario, PackageResolutionError> {
  if (scenario.restrictionPackages === undefined) return ok(scenario);
  const applied = appliedPackages(scenario, lookup);
  if (!applied.ok) return applied;
  const known = new Set(catalogue.sectors.map((sector) => sector.id));
  const touched = new Set<string>();
  for (const entry of applied.value) {
    for (const sectorId of Object.keys(entry.sectors)) {
      if (!known.has(sectorId)) {
        return err({
          kind: 'unknown-package-sector',
          scenario: scenario.name,
          package: entry.name,
          sector: sectorId,
          catalogue: catalogue.id,
        });
      }
      touched.add(sectorId);
    }
  }
  const sectors: Record<string, SectorInputs> = { ...scenario.sectors };
  for (const sectorId of touched) {
    if (scenario.sectors[sectorId]?.restriction !== undefined) continue;
    const steps = sectorRestrictionSteps(scenario, catalogue, applied.value, sectorId);
    if (steps.every((step) => step.source.kind === 'default')) continue;
    sectors[sectorId] = { ...scenario.sectors[sectorId], restriction: combinedSchedule(steps) };
  }
  const { restrictionPackages: _applied, ...rest } = scenario;
  return ok({ ...rest, sectors });
}
