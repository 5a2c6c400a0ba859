import { describe, expect, it } from 'vitest';
import { CATALOGUED_PARAMETER_KEYS } from '../../domain/parameter-keys';
import { parameterDefault } from '../parameter-default';
import type { ParameterDefinition } from '../types';
import { PARAMETERS_2025 } from './parameters';
import { SECTORS_2025 } from './sectors';

const byKey = (key: string): ParameterDefinition => {
  const definition = PARAMETERS_2025.find((parameter) => parameter.key === key);
  if (!definition) throw new Error(`no parameter ${key}`);
  return definition;
};

const perSector = (key: string) =>
  Object.fromEntries(SECTORS_2025.map((sector) => [sector.id, parameterDefault(byKey(key), sector.id)]));

describe('PARAMETERS_2025', () => {
  it('defines every catalogued parameter once, in key order', () => {
    expect(PARAMETERS_2025.map((parameter) => parameter.key)).toEqual(CATALOGUED_PARAMETER_KEYS);
  });

  it('has the defaults of model.md §5', () => {
    const globals = Object.fromEntries(
      PARAMETERS_2025.filter((parameter) => !parameter.sectorDefaults).map((parameter) => [
        parameter.key,
        parameter.default,
      ]),
    );
    expect(globals).toEqual({
      lagR: 1,
      lagB: 5,
      eta: 1,
      lambda: 0.15,
      relabel: 0.35,
      gamma: 0.2,
      basicShare: 0.075,
      phi: 2,
      muU: 0.5,
      gR: 0.05,
      beta: 0.5,
      nu: 1.5,
      sPsi: 0.35,
      h: 0.3,
      muA: 0.3,
      muK: 0.12,
      tK: 5,
      kappaCat: 0.3,
      tCat: 1.5,
      kappaFin: 0.3,
      leakage: 0.4,
      tStock: 1.5,
      lambdaSec: 3,
      lambdaM: 2,
      lambdaP: 2,
      chi: 1,
      p: 0.03,
      q: 0.38,
      pF: 0.7,
      d: 0.1,
      pricePremium: 0.1,
      gV: 0.05,
      cU: 0.05,
      cK: 0.1,
      // Model version 2 (docs/model.md, "Model version 2").
      muM: 0.7,
      zeta: 1,
    });
  });

  it('resolves the per-sector defaults of model.md §5 for every sector', () => {
    expect(perSector('delta')).toEqual({
      IC: 0.18,
      SME: 0.25,
      LITH: 0.25,
      ISW: 0.3,
      BSW: 0.3,
      CNC: 0.26,
      ROB: 0.26,
      SMAT: 0.18,
      AMAT: 0.18,
      AERO: 0.21,
      INST: 0.15,
    });
    expect(perSector('gF')).toEqual({
      IC: 0.07,
      SME: 0.06,
      LITH: 0.06,
      ISW: 0.05,
      BSW: 0.04,
      CNC: 0.03,
      ROB: 0.04,
      SMAT: 0.04,
      AMAT: 0.03,
      AERO: 0.03,
      INST: 0.04,
    });
    const learningRate = perSector('learningRate');
    const M = perSector('M');
    for (const sector of SECTORS_2025) {
      const chipMaking = ['IC', 'SME', 'LITH'].includes(sector.id);
      expect(learningRate[sector.id]).toBe(chipMaking ? 0.2 : 0.15);
      expect(M[sector.id]).toBe({ IC: 3, SME: 5, LITH: 5 }[sector.id] ?? 2);
    }
  });

  it('takes g_N from market series where one exists, each with its source (docs/model.md §9)', () => {
    expect(perSector('gNew')).toEqual({
      IC: 0.08,
      SME: 0.1,
      LITH: 0.05,
      ISW: 0.05,
      BSW: 0.05,
      CNC: 0.05,
      ROB: 0.075,
      SMAT: 0.05,
      AMAT: 0.05,
      AERO: 0.05,
      INST: 0.05,
    });
    const { sectorSources } = byKey('gNew');
    expect(Object.keys(sectorSources ?? {})).toEqual(['IC', 'SME', 'ROB']);
    expect(sectorSources?.ROB?.source).toMatch(/^IFR/);
    expect(sectorSources?.SME?.confidence).toBe('L');
  });

  it('keeps the Monte Carlo range of the fitted μ_m at ±50 % around its fit', () => {
    expect(byKey('muM').distribution).toEqual({ kind: 'uniform', min: 0.35, max: 1.05 });
    expect(byKey('muM').default * 0.5).toBeCloseTo(0.35, 12);
    expect(byKey('muM').default * 1.5).toBeCloseTo(1.05, 12);
  });

  it('marks exactly the parameters model.md draws per sector', () => {
    const sectorScoped = PARAMETERS_2025.filter((parameter) => parameter.scope === 'sector').map(
      (p) => p.key,
    );
    expect(sectorScoped).toEqual(['delta', 'gF', 'leakage', 'learningRate', 'M', 'gNew']);
  });

  it('maps the distributions of model.md §5', () => {
    expect(byKey('delta').distribution).toEqual({ kind: 'uniform-multiplier', min: 0.8, max: 1.3 });
    expect(byKey('lagR').distribution).toEqual({ kind: 'discrete', values: [0, 1, 2] });
    expect(byKey('lagB').distribution).toEqual({ kind: 'uniform-rounded', min: 3, max: 8 });
    expect(byKey('eta').distribution).toEqual({ kind: 'triangular', min: 0.5, mode: 1, max: 1.5 });
    expect(byKey('pricePremium').distribution).toEqual({ kind: 'uniform', min: -0.2, max: 0.4 });
    expect(byKey('M').distribution).toEqual({ kind: 'lognormal-multiplier', sigma: Math.log(1.6) });
    for (const key of ['basicShare', 'tK', 'cU', 'cK'])
      expect(byKey(key).distribution).toEqual({ kind: 'fixed' });
  });

  it('keeps the ranges the model requires', () => {
    expect(byKey('nu').range.min).toBe(1);
    expect(byKey('kappaFin').range.max).toBeLessThan(1);
    expect(byKey('gV').range.min).toBeGreaterThan(0);
    expect(byKey('gF').range.min).toBeGreaterThan(0);
    for (const key of ['tK', 'tCat', 'tStock']) expect(byKey(key).range.min).toBeGreaterThan(0);
    for (const key of ['lagR', 'lagB']) {
      expect(byKey(key)).toMatchObject({ range: { min: 0, max: 10 }, integer: true });
    }
  });

  it('rates sources: H for the NBS statistic, L for judgement, M for literature', () => {
    for (const parameter of PARAMETERS_2025) {
      if (parameter.source.startsWith('judgement')) expect(parameter.confidence).toBe('L');
      else if (parameter.source.startsWith('NBS')) expect(parameter.confidence).toBe('H');
      else expect(parameter.confidence).toBe('M');
    }
    expect(byKey('basicShare').confidence).toBe('H');
  });

  it('names every parameter in English and Chinese with its model.md symbol', () => {
    expect(byKey('relabel').symbol).toBe('ϱ');
    expect(byKey('leakage').symbol).toBe('ℓ');
    expect(byKey('pricePremium').symbol).toBe('π_prem');
    for (const parameter of PARAMETERS_2025) {
      expect(parameter.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(parameter.unit.zh.trim()).not.toBe('');
    }
  });
});
