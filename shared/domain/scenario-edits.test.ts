import { describe, expect, it } from 'vitest';
import { getCatalogue, PRESETS } from '../catalogue';
import { inputDefault } from './input-default';
import { validateScenario } from './validate-scenario';
import { baselineOf, setInputSchedule, setInputScheduleIn, setParameterOverride } from './scenario-edits';
import { builtInCatalogues } from '../catalogue/catalogue-lookup';

const catalogue = getCatalogue('default-2025')!;
const push = PRESETS[4]!;

describe('scenario edits', () => {
  it('sets and resets a schedule, dropping what became empty', () => {
    const blank = PRESETS[0]!;
    const set = setInputSchedule(blank, 'IC', 'restriction', 0.5);
    expect(set.sectors.IC).toEqual({ restriction: 0.5 });
    expect(setInputSchedule(set, 'IC', 'restriction', undefined).sectors).toEqual({});
    expect(blank.sectors).toEqual({});
  });

  it('applies one schedule to several sectors and stays valid', () => {
    const next = setInputScheduleIn(PRESETS[0]!, ['IC', 'SME', 'LITH'], 'openness', [
      { year: 2025, value: 0.6 },
      { year: 2027, value: 0.9 },
    ]);
    expect(Object.keys(next.sectors)).toEqual(['IC', 'SME', 'LITH']);
    expect(validateScenario(next, builtInCatalogues).ok).toBe(true);
  });

  it('overrides parameters globally and per sector, and resets them', () => {
    let next = setParameterOverride(push, 'nu', undefined, 2);
    next = setParameterOverride(next, 'gF', 'IC', 0.05);
    expect(next.parameters).toEqual({ nu: 2 });
    expect(next.sectors.IC?.parameters).toEqual({ gF: 0.05 });
    next = setParameterOverride(
      setParameterOverride(next, 'nu', undefined, undefined),
      'gF',
      'IC',
      undefined,
    );
    expect(next.parameters).toBeUndefined();
    expect(next.sectors.IC?.parameters).toBeUndefined();
  });

  it('takes procurement and restriction defaults from the sector data', () => {
    expect(inputDefault(catalogue, push, 'SME', 'procurement')).toBe(0.5);
    expect(inputDefault(catalogue, push, 'LITH', 'restriction')).toBe(0.4);
    expect(inputDefault(catalogue, push, 'LITH', 'openness')).toBe(0.6);
  });

  it('makes the baseline from the same assumptions with no lever or restriction schedules', () => {
    const withData = { ...push, sectors: { ...push.sectors, IC: { ...push.sectors.IC, data: { S0: 0.1 } } } };
    const baseline = baselineOf(withData);
    expect(baseline.sectors).toEqual({ IC: { data: { S0: 0.1 } } });
  });
});
