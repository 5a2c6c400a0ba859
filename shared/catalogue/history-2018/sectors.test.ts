import { describe, expect, it } from 'vitest';
import { DATA_KEYS } from '../../domain/parameter-keys';
import { SECTORS_2025 } from '../default-2025/sectors';
import { SECTORS_2018 } from './sectors';

const byId = (id: string) => SECTORS_2018.find((sector) => sector.id === id)!;

describe('SECTORS_2018', () => {
  it('carries the 2018 data of backtest.md', () => {
    expect(byId('IC').data).toMatchObject({ S0: 0.153, lag0: 5, dSObs: 0.0064, dLagObs: 0 });
    expect(byId('SME').data).toMatchObject({ S0: 0.115, lag0: 8, dSObs: 0.01 });
    expect(byId('ROB').data).toMatchObject({ lag0: 5.4, dSObs: 0.004 });
    // ROB: between ~33 % (2015) and 35 % (2020).
    expect(byId('ROB').data.S0).toBeGreaterThan(0.33);
    expect(byId('ROB').data.S0).toBeLessThan(0.35);
    expect(byId('LITH').data.S0).toBeLessThanOrEqual(0.01);
  });

  it('starts every sector with no procurement preference (m0 = 0)', () => {
    for (const sector of SECTORS_2018) expect(sector.data.m0).toBe(0);
  });

  it('keeps the structural data of 2025 and puts demand on the 5 % growth path seven years back', () => {
    SECTORS_2018.forEach((sector, s) => {
      const then = SECTORS_2025[s]!;
      expect(sector.data.kappa).toBe(then.data.kappa);
      expect(sector.data.rho).toBe(then.data.rho);
      expect(sector.data.V0).toBeCloseTo(then.data.V0 / 1.05 ** 7, 2);
    });
  });

  it('draws S0 and lag0 from ranges around the data (the Monte Carlo holds overrides fixed, not catalogue data)', () => {
    for (const sector of SECTORS_2018) {
      expect(sector.ranges.S0[0]).toBeLessThan(sector.ranges.S0[1]);
      expect(sector.ranges.lag0[0]).toBeLessThan(sector.ranges.lag0[1]);
      expect(sector.data.S0).toBeGreaterThanOrEqual(sector.ranges.S0[0]);
      expect(sector.data.S0).toBeLessThanOrEqual(sector.ranges.S0[1]);
    }
  });

  it('gives every datum a source and a confidence, and marks judgement as such', () => {
    for (const sector of SECTORS_2018) {
      expect(Object.keys(sector.sources).sort()).toEqual([...DATA_KEYS].sort());
      for (const key of DATA_KEYS) {
        const { source, confidence } = sector.sources[key];
        expect(source.trim()).not.toBe('');
        if (source.startsWith('judgement')) expect(confidence).toBe('L');
      }
    }
    expect(byId('IC').sources.S0).toEqual({
      source: 'produced in China 15.3 % (2018), IC Insights',
      confidence: 'M',
    });
  });
});
