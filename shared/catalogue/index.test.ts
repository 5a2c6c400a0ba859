import { describe, expect, it } from 'vitest';
import { CATALOGUES, DEFAULT_CATALOGUE_ID, getCatalogue, loadCatalogue } from '.';
import { DEFAULT_CATALOGUE_2025 } from './default-2025';
import { validateCatalogue } from './validate-catalogue';

describe('built-in catalogues', () => {
  it('hold the validated default catalogue, then the historical one of the backtest', () => {
    expect(DEFAULT_CATALOGUE_ID).toBe('default-2025');
    expect(CATALOGUES.map((catalogue) => catalogue.id)).toEqual(['default-2025', 'history-2018']);
    expect(getCatalogue('default-2025')).toEqual(DEFAULT_CATALOGUE_2025);
  });

  it('each pass the whole validation unchanged (the app trusts them without validating at launch)', () => {
    for (const catalogue of CATALOGUES) {
      const result = validateCatalogue(catalogue);
      expect(result.ok ? [] : result.error, catalogue.id).toEqual([]);
      expect(result.ok && result.value, catalogue.id).toEqual(catalogue);
    }
  });

  it('carry the base year, lever defaults and hysteresis of model.md', () => {
    const catalogue = getCatalogue('default-2025');
    expect(catalogue).toMatchObject({
      baseYear: 2025,
      leverDefaults: { basicResearch: 1, rdTaxCut: 0, universityLinks: 0.5, clusters: 0.5, openness: 0.6 },
      chokepointHysteresis: 0.01,
    });
    expect(catalogue?.sectors).toHaveLength(11);
    expect(catalogue?.chokepoints.filter((item) => item.offset > 0)).toHaveLength(28);
  });

  it('are frozen, so no run can change another run’s defaults', () => {
    const catalogue = getCatalogue('default-2025')!;
    expect(Object.isFrozen(catalogue.sectors[0]!.data)).toBe(true);
    expect(() => {
      (catalogue.sectors[0]!.data as { S0: number }).S0 = 0.9;
    }).toThrow(TypeError);
  });

  it('answer unknown ids with undefined or a message naming the known ones', () => {
    expect(getCatalogue('default-2024')).toBeUndefined();
    expect(getCatalogue('constructor')).toBeUndefined();
    expect(loadCatalogue('default-2024')).toEqual({
      ok: false,
      error: 'unknown catalogue "default-2024" (built-in: "default-2025", "history-2018")',
    });
    expect(loadCatalogue('default-2025')).toEqual({ ok: true, value: getCatalogue('default-2025') });
  });
});
