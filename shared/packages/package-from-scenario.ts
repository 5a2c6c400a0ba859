import type { Catalogue } from '../catalogue/types';
import { inputDefault } from '../domain/input-default';
import type { Scenario } from '../domain/scenario';
import type { StepPoint } from '../domain/schedule';
import { combinedSchedule } from './combine-restrictions';
import type { PackageLookup, PackageSectorInputs } from './restriction-package';
import { appliedPackages, sectorRestrictionSteps } from './resolve-packages';

/** The restrictions a scenario runs with, as a package's sectors, and the year the first one acts. */
export interface ScenarioRestrictions {
  readonly sectors: Readonly<Record<string, PackageSectorInputs>>;
  /** The first year a sector's level differs from the catalogue's (undefined: none does). */
  readonly year: number | undefined;
}

/**
 * "Save these restrictions as a package": each sector's restriction as the scenario runs it (its
 * packages and own values combined), from the first year it differs from the sector's r0 — the part
 * the scenario adds to the catalogue, so that another scenario applying the package gets these
 * levels from those years on and keeps its own before. Sectors at r0 throughout are left out.
 */
export function scenarioRestrictions(
  scenario: Scenario,
  catalogue: Catalogue,
  lookup: PackageLookup,
): ScenarioRestrictions {
  const applied = appliedPackages(scenario, lookup);
  const packages = applied.ok ? applied.value : [];
  const sectors: Record<string, PackageSectorInputs> = {};
  let year: number | undefined;
  for (const sector of catalogue.sectors) {
    const steps = combinedSchedule(sectorRestrictionSteps(scenario, catalogue, packages, sector.id));
    const r0 = inputDefault(catalogue, scenario, sector.id, 'restriction');
    const changes: StepPoint[] = steps[0]?.value === r0 ? steps.slice(1) : steps;
    if (changes.length === 0) continue;
    sectors[sector.id] = { restriction: changes };
    year = Math.min(year ?? Infinity, changes[0]!.year);
  }
  return { sectors, year };
}
