import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawArb, RUNS, run, scenarioArb } from '../support/engine-arbitraries';

// model.md §8.1: shares stay in [0,1], S ≤ D(C), stocks stay non-negative, at every sub-step.
describe('property 1: bounds', () => {
  it('keeps every share in [0,1], S ≤ D(C) and K, X, R ≥ 0 for random scenarios and draws', () => {
    fc.assert(
      fc.property(scenarioArb, drawArb, (scenario, draw) => {
        const eps = 1e-12;
        const result = run(scenario, draw, {
          observe: (_step, state) => {
            for (let s = 0; s < state.C.length; s++) {
              const C = state.C[s]!,
                Sc = state.Sc[s]!,
                Sf = state.Sf[s]!;
              const Q = Math.min(state.demandC[s]!, state.demandCutoff[s]!);
              const F = Math.max(0, state.demandC[s]! - state.demandCutoff[s]!);
              for (const share of [C, Sc, Sf, Sc + Sf, Q, F, state.A[s]!]) {
                if (!(share >= -eps && share <= 1 + eps))
                  throw new Error(`share out of [0,1]: ${share} in sector ${s}`);
              }
              if (Sc + Sf > state.demandC[s]! + eps)
                throw new Error(`S ${Sc + Sf} > D(C) ${state.demandC[s]}`);
              if (!(state.K[s]! >= 0 && state.X[s]! >= 0)) throw new Error('negative stock');
            }
          },
        });
        for (const series of [result.S, result.C, result.U, result.F]) {
          for (const value of series) expect(value >= -eps && value <= 1 + eps).toBe(true);
        }
        for (const value of result.R) expect(value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });
});
