import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import type { Scenario } from '../domain/scenario';
import { validateScenario } from '../domain/validate-scenario';
import { builtInCatalogues } from '../catalogue/catalogue-lookup';
import { builtInPackages, packageLookup } from './built-in-packages';
import type { RestrictionPackage } from './restriction-package';
import {
  describePackageResolutionError,
  resolveRestrictionPackages,
  sectorRestrictionSteps,
} from './resolve-packages';

const catalogue = getCatalogue('default-2025')!;
const baseline = PRESETS.find(
  (preset) => preset.catalogue === catalogue.id && Object.keys(preset.sectors).length === 0,
)!;
const mine: RestrictionPackage = {
  id: 'team-2029-lithography',
  name: 'Lithography embargo (team reading)',
  year: 2029,
  source: 'workshop judgement',
  sectors: { LITH: { restriction: 0.9 }, IC: { restriction: [{ year: 2029, value: 0.5 }] } },
};

describe('resolveRestrictionPackages', () => {
  it('returns a scenario without packages as it is', () => {
    expect(resolveRestrictionPackages(baseline, catalogue, builtInPackages)).toEqual({
      ok: true,
      value: baseline,
    });
  });

  it('writes the combined schedules into the sectors the packages touch and drops the list', () => {
    const scenario: Scenario = {
      ...baseline,
      restrictionPackages: ['hyp-2026-hbm-ai-extension', mine.id],
      sectors: { SME: { restriction: 0.6 } },
    };
    const resolved = resolveRestrictionPackages(scenario, catalogue, packageLookup([mine]));
    if (!resolved.ok) throw new Error(describePackageResolutionError(resolved.error));
    expect(resolved.value.restrictionPackages).toBeUndefined();
    expect(resolved.value.sectors).toEqual({
      IC: {
        restriction: [
          { year: 2025, value: 0.3 },
          { year: 2026, value: 0.45 },
          { year: 2029, value: 0.5 },
        ],
      },
      LITH: {
        restriction: [
          { year: 2025, value: 0.4 },
          { year: 2029, value: 0.9 },
        ],
      },
      // Own values on top of the HBM package.
      SME: { restriction: 0.6 },
    });
    expect(validateScenario(resolved.value, builtInCatalogues).ok).toBe(true);
  });

  it('names each step by its package, and starts from the scenario’s own r0 override', () => {
    const scenario: Scenario = {
      ...baseline,
      restrictionPackages: ['hyp-2026-hbm-ai-extension', 'hyp-2028-truce-licences'],
      sectors: { IC: { data: { r0: 0.25 } } },
    };
    const steps = sectorRestrictionSteps(
      scenario,
      catalogue,
      scenario.restrictionPackages!.map((id) => builtInPackages(id)!),
      'IC',
    );
    expect(steps).toEqual([
      { year: 2025, value: 0.25, source: { kind: 'default' } },
      { year: 2026, value: 0.45, source: { kind: 'package', id: 'hyp-2026-hbm-ai-extension' } },
      { year: 2028, value: 0.2, source: { kind: 'package', id: 'hyp-2028-truce-licences' } },
    ]);
  });

  it('refuses an unknown package id and a sector the catalogue lacks, by name', () => {
    const unknown = resolveRestrictionPackages(
      { ...baseline, restrictionPackages: ['nope'] },
      catalogue,
      builtInPackages,
    );
    expect(unknown.ok || describePackageResolutionError(unknown.error)).toBe(
      `Scenario "${baseline.name}" applies restriction package "nope", which is neither built in nor defined in the library or the file.`,
    );
    const odd = { ...mine, sectors: { QPU: { restriction: 0.5 } } };
    const sector = resolveRestrictionPackages(
      { ...baseline, restrictionPackages: [mine.id] },
      catalogue,
      packageLookup([odd]),
    );
    expect(sector.ok || describePackageResolutionError(sector.error)).toMatch(
      /package "Lithography embargo \(team reading\)".*sector "QPU", which catalogue "default-2025" does not have/,
    );
  });
});
