import { describe, expect, it } from 'vitest';
import { BASE_YEAR, HORIZON, catalogue, prepare, run, sectorIds } from '../support/engine-arbitraries';
import { PRESETS } from '../../shared/catalogue';

// model.md §8.6: with no effort the gap grows at the frontier's pace, C0·e^(−g_F·t).
describe('property 6: capability without effort decays with the frontier', () => {
  for (const preset of PRESETS) {
    it(`holds within 5e-3 relative over 15 years at dt = 1/12 (${preset.name})`, () => {
      const scenario = { ...preset, parameters: { ...preset.parameters, a: 0 } };
      const result = run(scenario, null, { stepsPerYear: 12 });
      const prepared = prepare(scenario);
      const years = result.years.length;
      expect(years).toBe(HORIZON + 1);
      sectorIds.forEach((_, s) => {
        const gF = prepared.parameters.values.gF[s]!;
        const C0 = Math.exp(-gF * prepared.parameters.data.lag0[s]!);
        for (let y = 0; y < years; y++) {
          const exact = C0 * Math.exp(-gF * y);
          expect(Math.abs(result.C[s * years + y]! - exact) / exact).toBeLessThan(5e-3);
        }
      });
      expect(result.years[0]).toBe(BASE_YEAR);
      expect(catalogue.sectors.length).toBe(sectorIds.length);
    });
  }
});
