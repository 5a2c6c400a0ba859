import { describe, expect, it } from 'vitest';
import { calibrate } from '../../shared/engine/calibrate';
import { catalogue, prepare, run, sectorIds } from '../support/engine-arbitraries';

const baseline = { sectors: {}, baseYear: 2025, horizon: 15 };
const dt = 1 / 12;

// model.md §8.7: with base-year inputs every sector starts moving at its observed rate.
describe('property 7: the base year reproduces the observed trends', () => {
  const prepared = prepare(baseline);
  const { data, values } = prepared.parameters;
  const calibration = calibrate(prepared.parameters, catalogue.leverDefaults, 12);
  if (!calibration.ok) throw new Error('calibration failed');
  const clamped = new Set(
    calibration.value.notices.filter((n) => n.kind === 'trend-clamped').map((n) => n.sector),
  );
  const first = { C: new Float64Array(sectorIds.length), S: new Float64Array(sectorIds.length) };
  run(baseline, null, {
    observe: (step, state) => {
      if (step !== 0) return;
      first.C.set(state.C);
      state.Sc.forEach((sc, s) => (first.S[s] = sc + state.Sf[s]!));
    },
  });

  sectorIds.forEach((id, s) => {
    it(`${id}: dC/dt = ΔC_obs and dS/dt = ΔS_obs in the first sub-step`, () => {
      const C0 = calibration.value.C0[s]!;
      const trendC = -values.gF[s]! * C0 * data.dLagObs[s]!;
      expect((first.C[s]! - C0) / dt).toBeCloseTo(trendC, 10);
      if (!clamped.has(id)) expect((first.S[s]! - data.S0[s]!) / dt).toBeCloseTo(data.dSObs[s]!, 10);
    });
  });

  it('keeps C = C0 throughout in stable-gap sectors', () => {
    const result = run(baseline);
    const years = result.years.length;
    sectorIds.forEach((id, s) => {
      if (data.dLagObs[s] !== 0) return;
      for (let y = 0; y < years; y++)
        expect(result.C[s * years + y], `${id} ${result.years[y]}`).toBeCloseTo(calibration.value.C0[s]!, 12);
    });
  });
});
