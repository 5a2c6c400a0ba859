import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import { applyInDateOrder, movePackage } from './apply-order';
import { builtInPackages, packageLookup } from './built-in-packages';
import { scenarioRestrictions } from './package-from-scenario';
import { resolveRestrictionPackages } from './resolve-packages';

describe('applying packages in date order', () => {
  it('puts a new package after the last one dated on or before it', () => {
    const hbm = 'hyp-2026-hbm-ai-extension';
    const truce = 'hyp-2028-truce-licences';
    const eda = 'hyp-2027-eda-software-cutoff';
    expect(applyInDateOrder([hbm, truce], eda, builtInPackages)).toEqual([hbm, eda, truce]);
    expect(applyInDateOrder([truce], hbm, builtInPackages)).toEqual([hbm, truce]);
    expect(applyInDateOrder([hbm], hbm, builtInPackages)).toEqual([hbm]);
    expect(movePackage([hbm, eda, truce], 2, -1)).toEqual([hbm, truce, eda]);
    expect(movePackage([hbm, eda], 0, -1)).toEqual([hbm, eda]);
  });
});

describe('a scenario’s restrictions as a package', () => {
  const catalogue = getCatalogue('default-2025')!;
  const escalation = PRESETS.find((preset) => preset.name === 'Escalation')!;

  it('keeps what the scenario adds to the catalogue, from the year it starts, and runs the same elsewhere', () => {
    const { sectors, year } = scenarioRestrictions(escalation, catalogue, builtInPackages);
    expect(year).toBe(2026);
    expect(Object.keys(sectors).sort()).toEqual(['IC', 'ISW', 'LITH', 'SME']);
    expect(sectors.IC).toEqual({ restriction: [{ year: 2026, value: 0.6 }] });
    // Applied to the Baseline (no restrictions of its own), it gives the Escalation's schedules.
    const baseline = PRESETS.find((preset) => preset.name === 'Baseline')!;
    const entry = { id: 'saved', name: 'Escalation', year: year!, source: 'test', sectors };
    const applied = resolveRestrictionPackages(
      { ...baseline, restrictionPackages: ['saved'] },
      catalogue,
      packageLookup([entry]),
    );
    if (!applied.ok) throw new Error('not applied');
    for (const id of ['IC', 'SME', 'LITH', 'ISW'])
      expect({ id, schedule: applied.value.sectors[id]?.restriction }).toEqual({
        id,
        schedule: escalation.sectors[id]?.restriction,
      });
  });

  it('includes what the scenario’s own packages bring, and nothing for a scenario at the catalogue’s levels', () => {
    const baseline = PRESETS.find((preset) => preset.name === 'Baseline')!;
    expect(scenarioRestrictions(baseline, catalogue, builtInPackages)).toEqual({
      sectors: {},
      year: undefined,
    });
    const withHbm = { ...baseline, restrictionPackages: ['hyp-2026-hbm-ai-extension'] };
    expect(scenarioRestrictions(withHbm, catalogue, builtInPackages)).toEqual({
      sectors: {
        IC: { restriction: [{ year: 2026, value: 0.45 }] },
        SME: { restriction: [{ year: 2026, value: 0.45 }] },
      },
      year: 2026,
    });
  });
});
