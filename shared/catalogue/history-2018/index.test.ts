import { describe, expect, it } from 'vitest';
import { getCatalogue } from '..';
import { validateCatalogue } from '../validate-catalogue';
import { offsetsByRule } from '../chokepoint-offset-rule';
import { DEFAULT_CATALOGUE_2025 } from '../default-2025';
import type { Catalogue } from '../types';
import { HISTORY_CATALOGUE_2018 } from '.';

describe('the history-2018 catalogue', () => {
  const catalogue = getCatalogue('history-2018')!;

  it('is built in, valid, and starts in 2018', () => {
    expect(catalogue).toEqual(HISTORY_CATALOGUE_2018);
    expect(validateCatalogue(HISTORY_CATALOGUE_2018).ok).toBe(true);
    expect(catalogue.baseYear).toBe(2018);
  });

  it('reuses the 2025 parameters, dependencies and lever defaults: the backtest tests them', () => {
    const withoutDemandGrowth = (parameters: Catalogue['parameters']) =>
      parameters.filter((parameter) => parameter.key !== 'gNew');
    expect(withoutDemandGrowth(catalogue.parameters)).toEqual(
      withoutDemandGrowth(DEFAULT_CATALOGUE_2025.parameters),
    );
    expect(catalogue.parameters.map((parameter) => parameter.key)).toEqual(
      DEFAULT_CATALOGUE_2025.parameters.map((parameter) => parameter.key),
    );
    expect(catalogue.dependencies).toEqual(DEFAULT_CATALOGUE_2025.dependencies);
    expect(catalogue.dependencyDistribution).toEqual(DEFAULT_CATALOGUE_2025.dependencyDistribution);
    expect(catalogue.leverDefaults).toEqual(DEFAULT_CATALOGUE_2025.leverDefaults);
  });

  it('takes the 2018–2024 market growth as g_N where a series exists, each with its source', () => {
    const gNew = catalogue.parameters.find((parameter) => parameter.key === 'gNew')!;
    expect(gNew.default).toBe(0.05);
    expect(gNew.sectorDefaults).toEqual({ IC: 0.08, SME: 0.25, ROB: 0.11, AMAT: 0.17 });
    expect(gNew.sectorSources?.SME?.source).toMatch(/^SEMI/);
    expect(gNew.sectorSources?.ROB?.source).toMatch(/^IFR/);
    expect(gNew.sectorSources?.AMAT?.source).toMatch(/carbon-fibre demand/);
  });

  it('has the 2025 sectors, in the same order', () => {
    expect(catalogue.sectors.map((sector) => sector.id)).toEqual(
      DEFAULT_CATALOGUE_2025.sectors.map((s) => s.id),
    );
  });

  it('lists the 35 items of the series, all unsolved (open) in 2018, offsets by the rule', () => {
    expect(catalogue.chokepoints.map((item) => item.id)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(catalogue.chokepoints.every((item) => item.status === 'unsolved' && item.offset > 0)).toBe(true);
    expect(catalogue.chokepoints.map((item) => item.offset)).toEqual(offsetsByRule(catalogue.chokepoints));
    const frontier = catalogue.chokepoints.filter((item) => item.frontier).map((item) => item.id);
    expect(frontier).toEqual([1, 4, 9, 21, 23]);
  });
});
