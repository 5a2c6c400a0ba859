import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../catalogue';
import { setDataOverride, setParameterOverride } from '../domain/scenario-edits';
import { baseYearLimit, withinBaseYearLimit } from './base-year-limit';
import { prepareScenario } from './prepare-scenario';
import { runPrepared } from './run-prepared';

const catalogue = getCatalogue('default-2025')!;
const baseline = getPreset('baseline')!;

describe('the base-year limit S0 ≤ D(C0)', () => {
  it("reads the sector's data and g_F with the scenario's overrides", () => {
    const chips = baseYearLimit(catalogue, baseline, 'IC')!;
    // IC: lag0 5, g_F 0.07, κ 2.5: C0 = e^(−0.35), D(C0) = 1 − (1 − C0)^2.5.
    const C0 = Math.exp(-0.35);
    expect(chips).toMatchObject({ S0: 0.12, lag0: 5, kappa: 2.5, gF: 0.07 });
    expect(chips.limit).toBeCloseTo(1 - (1 - C0) ** 2.5, 12);
    expect(withinBaseYearLimit(chips)).toBe(true);
    const further = setParameterOverride(setDataOverride(baseline, 'IC', 'lag0', 20), 'gF', 'IC', 0.2);
    expect(baseYearLimit(catalogue, further, 'IC')).toMatchObject({ lag0: 20, gF: 0.2 });
    expect(baseYearLimit(catalogue, baseline, 'MARS')).toBeUndefined();
  });

  it('is what the engine caps at: a self-reliance above it runs capped, with a notice', () => {
    const lithography = baseYearLimit(catalogue, baseline, 'LITH')!;
    const above = setDataOverride(baseline, 'LITH', 'S0', Math.min(1, lithography.limit + 0.05));
    expect(withinBaseYearLimit(baseYearLimit(catalogue, above, 'LITH')!)).toBe(false);
    const prepared = prepareScenario(above, catalogue);
    if (!prepared.ok) throw new Error('refused');
    const run = runPrepared(prepared.value);
    if (!run.ok) throw new Error('refused');
    expect(run.value.notices).toContainEqual(
      expect.objectContaining({
        kind: 'S0-capped',
        sector: 'LITH',
        cap: expect.closeTo(lithography.limit, 12),
      }),
    );
    const s = run.value.sectorIds.indexOf('LITH');
    expect(run.value.S[s * run.value.years.length]).toBeCloseTo(lithography.limit, 12);
  });
});
