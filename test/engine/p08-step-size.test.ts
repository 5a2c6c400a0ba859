import fc from 'fast-check';
import { describe, it } from 'vitest';
import { RUNS, drawArb, run, scenarioArb } from '../support/engine-arbitraries';

// model.md §8.8: the Euler scheme has converged at dt = 1/12.
describe('property 8: dt = 1/48 agrees with dt = 1/12', () => {
  it('within 1e-3 in C and 5e-3 in S over the horizon', () => {
    fc.assert(
      fc.property(scenarioArb, drawArb, (scenario, draw) => {
        const coarse = run(scenario, draw, { stepsPerYear: 12 });
        const fine = run(scenario, draw, { stepsPerYear: 48 });
        coarse.C.forEach((value, i) => {
          if (Math.abs(value - fine.C[i]!) > 1e-3) throw new Error(`C[${i}]: ${value} vs ${fine.C[i]}`);
        });
        coarse.S.forEach((value, i) => {
          if (Math.abs(value - fine.S[i]!) > 5e-3) throw new Error(`S[${i}]: ${value} vs ${fine.S[i]}`);
        });
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
