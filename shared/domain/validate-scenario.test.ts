import { describe, expect, it } from 'vitest';
import { getCatalogue } from '../catalogue';
import { sampleScenario } from '../../test/support/sample-scenario';
import type { Scenario, SectorInputs } from './scenario';
import { validateScenario, validateScenarioSemantics } from './validate-scenario';
import { builtInCatalogues } from '../catalogue/catalogue-lookup';

const catalogue = getCatalogue('default-2025')!;
const range = (key: string) => catalogue.parameters.find((parameter) => parameter.key === key)!.range;

function withIC(inputs: SectorInputs, change: Partial<Scenario> = {}): Scenario {
  return { ...sampleScenario(), sectors: { IC: inputs }, ...change };
}

describe('validateScenarioSemantics', () => {
  it('finds nothing wrong with a valid scenario', () => {
    expect(validateScenarioSemantics(sampleScenario(), builtInCatalogues)).toEqual([]);
  });

  it('refuses values outside an input range, naming the range and the value', () => {
    const scenario = withIC({
      levers: {
        basicResearch: [
          { year: 2025, value: 1 },
          { year: 2028, value: 3.5 },
        ],
        rdTaxCut: -0.1,
      },
      restriction: 1.2,
    });
    expect(validateScenarioSemantics(scenario, builtInCatalogues)).toEqual([
      {
        path: ['sectors', 'IC', 'levers', 'basicResearch', 1, 'value'],
        message: 'expected a value from 0.5 to 3 (the range of basicResearch), found 3.5',
      },
      {
        path: ['sectors', 'IC', 'levers', 'rdTaxCut'],
        message: 'expected a value from 0 to 0.4 (the range of rdTaxCut), found -0.1',
      },
      {
        path: ['sectors', 'IC', 'restriction'],
        message: 'expected a value from 0 to 1 (the range of restriction), found 1.2',
      },
    ]);
  });

  it('accepts the ends of every range', () => {
    const scenario = withIC({
      levers: {
        basicResearch: [
          { year: 2025, value: 0.5 },
          { year: 2026, value: 3 },
        ],
        rdTaxCut: 0.4,
      },
    });
    expect(validateScenarioSemantics(scenario, builtInCatalogues)).toEqual([]);
  });

  it('wants step years strictly increasing, the first at or before the base year, all in a sane window', () => {
    const steps = (years: number[]) => withIC({ restriction: years.map((year) => ({ year, value: 0.5 })) });
    expect(validateScenarioSemantics(steps([2020, 2030, 2040]), builtInCatalogues)).toEqual([]);
    expect(validateScenarioSemantics(steps([2025, 2030, 2028]), builtInCatalogues)).toEqual([
      {
        path: ['sectors', 'IC', 'restriction', 2, 'year'],
        message: 'expected a year after 2030 (steps are sorted by year, each year once), found 2028',
      },
    ]);
    expect(validateScenarioSemantics(steps([2025, 2025]), builtInCatalogues)[0]?.path).toEqual([
      'sectors',
      'IC',
      'restriction',
      1,
      'year',
    ]);
    expect(validateScenarioSemantics(steps([2026, 2030]), builtInCatalogues)).toEqual([
      {
        path: ['sectors', 'IC', 'restriction', 0, 'year'],
        message: 'expected the first step at or before the base year 2025, found 2026',
      },
    ]);
    expect(validateScenarioSemantics(steps([1800, 2030]), builtInCatalogues)[0]?.message).toBe(
      'expected a year from 1900 to 2200, found 1800',
    );
    expect(validateScenarioSemantics(steps([2025, 9999]), builtInCatalogues)[0]?.path).toEqual([
      'sectors',
      'IC',
      'restriction',
      1,
      'year',
    ]);
  });

  it('refuses sectors the catalogue does not have, suggesting the likely one', () => {
    const scenario = { ...sampleScenario(), sectors: { ic: { levers: { clusters: 0.5 } }, XYZ: {} } };
    expect(validateScenarioSemantics(scenario, builtInCatalogues)).toEqual([
      {
        path: ['sectors', 'ic'],
        message: 'unknown sector "ic" in catalogue "default-2025"; did you mean "IC"?',
      },
      {
        path: ['sectors', 'XYZ'],
        message: expect.stringMatching(
          /^unknown sector "XYZ" in catalogue "default-2025"; expected one of IC, SME, /,
        ),
      },
    ]);
  });

  it('refuses an unknown catalogue, and still checks what needs none', () => {
    const scenario = withIC({ restriction: 2 }, { catalogue: 'default-1999' });
    expect(validateScenarioSemantics(scenario, builtInCatalogues)).toEqual([
      { path: ['catalogue'], message: 'expected the id of a known catalogue, found "default-1999"' },
      {
        path: ['sectors', 'IC', 'restriction'],
        message: 'expected a value from 0 to 1 (the range of restriction), found 2',
      },
    ]);
  });

  it('keeps parameter overrides inside the catalogue ranges', () => {
    const gF = range('gF');
    const nu = range('nu');
    const scenario = withIC(
      { parameters: { gF: gF.max + 1 } },
      { parameters: { nu: nu.min - 0.5, delta: range('delta').min } },
    );
    expect(validateScenarioSemantics(scenario, builtInCatalogues)).toEqual([
      {
        path: ['sectors', 'IC', 'parameters', 'gF'],
        message: `expected a value from ${gF.min} to ${gF.max} (the range of parameter gF in catalogue "default-2025"), found ${gF.max + 1}`,
      },
      {
        path: ['parameters', 'nu'],
        message: `expected a value from ${nu.min} to ${nu.max} (the range of parameter nu in catalogue "default-2025"), found ${nu.min - 0.5}`,
      },
    ]);
  });

  it('wants a, psi and omegaScale not negative, and ω weights in [0, 1] on catalogue sectors', () => {
    const scenario = withIC(
      { parameters: { a: -1, psi: 1e308, omega: { SME: 1.5, LITH: 1, NOPE: 0.1 } } },
      { parameters: { omegaScale: -0.5 } },
    );
    expect(validateScenarioSemantics(scenario, builtInCatalogues)).toEqual([
      {
        path: ['sectors', 'IC', 'parameters', 'a'],
        message: 'expected a value from 0 to 1000 (parameter a), found -1',
      },
      {
        path: ['sectors', 'IC', 'parameters', 'psi'],
        message: 'expected a value from 0 to 1000 (parameter psi), found 1e+308',
      },
      {
        path: ['sectors', 'IC', 'parameters', 'omega', 'SME'],
        message: 'expected a value from 0 to 1 (an upstream weight ω), found 1.5',
      },
      {
        path: ['sectors', 'IC', 'parameters', 'omega', 'NOPE'],
        message: expect.stringMatching(/^unknown sector "NOPE" in catalogue "default-2025"/),
      },
      {
        path: ['parameters', 'omegaScale'],
        message: 'expected a value from 0 to 10 (parameter omegaScale), found -0.5',
      },
    ]);
  });

  it('keeps overrides far from overflow and underflow, and lags whole (validate means runnable)', () => {
    const scenario = withIC(
      { data: { V0: 5e-324, lag0: 1e300, dLagObs: -1e300 }, parameters: { a: 1e300, lagR: 2.5 } },
      { parameters: { omegaScale: 1e300, lagB: 3 } },
    );
    expect(
      validateScenarioSemantics(scenario, builtInCatalogues).map((issue) => [
        issue.path.join('.'),
        issue.message,
      ]),
    ).toEqual([
      ['sectors.IC.data.V0', 'expected a value from 0.001 to 1000000 (sector data V0), found 5e-324'],
      ['sectors.IC.data.lag0', 'expected a value from 0.01 to 100 (sector data lag0), found 1e+300'],
      ['sectors.IC.data.dLagObs', 'expected a value from -10 to 10 (sector data dLagObs), found -1e+300'],
      ['sectors.IC.parameters.a', 'expected a value from 0 to 1000 (parameter a), found 1e+300'],
      [
        'sectors.IC.parameters.lagR',
        'expected a whole number (parameter lagR counts whole years), found 2.5',
      ],
      ['parameters.omegaScale', 'expected a value from 0 to 10 (parameter omegaScale), found 1e+300'],
    ]);
  });

  it('wants data overrides that make sense as data', () => {
    const scenario = withIC({
      data: { S0: 1.1, r0: -0.1, m0: 0.5, rho: 2, lag0: 0, V0: -5, kappa: 0, dSObs: -0.5, dLagObs: 3 },
    });
    expect(validateScenarioSemantics(scenario, builtInCatalogues).map((issue) => issue.path.at(-1))).toEqual([
      'S0',
      'r0',
      'rho',
      'lag0',
      'V0',
      'kappa',
    ]);
    expect(validateScenarioSemantics(scenario, builtInCatalogues)[3]?.message).toBe(
      'expected a value from 0.01 to 100 (sector data lag0), found 0',
    );
  });
});

describe('validateScenario', () => {
  it('returns the scenario when shape and meaning are right', () => {
    expect(validateScenario(sampleScenario(), builtInCatalogues)).toEqual({
      ok: true,
      value: sampleScenario(),
    });
  });

  it('returns the schema issues first, then the semantic ones', () => {
    expect(validateScenario({ ...sampleScenario(), horizon: 'long' }, builtInCatalogues)).toEqual({
      ok: false,
      error: [{ path: ['horizon'], message: 'expected a number, found "long"' }],
    });
    expect(validateScenario(withIC({ restriction: 3 }), builtInCatalogues)).toMatchObject({
      ok: false,
      error: [{ path: ['sectors', 'IC', 'restriction'] }],
    });
  });

  it('checks against the catalogue lookup it is given', () => {
    const only = (id: string) => (id === 'mine' ? { ...catalogue, id: 'mine' } : undefined);
    expect(validateScenario({ ...sampleScenario(), catalogue: 'mine' }, only).ok).toBe(true);
    expect(validateScenario(sampleScenario(), only).ok).toBe(false);
  });

  it('never throws on values that are not scenarios', () => {
    for (const value of [undefined, null, 0, 'scenario', [], {}, [sampleScenario()], { sectors: null }]) {
      expect(validateScenario(value, builtInCatalogues).ok).toBe(false);
    }
  });
});
