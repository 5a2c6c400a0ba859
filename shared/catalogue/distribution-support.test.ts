import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distributionShapeProblem,
  distributionSupport,
  LOGNORMAL_SUPPORT_SIGMAS,
} from './distribution-support';

describe('distributionSupport', () => {
  it('is the distribution’s own span for absolute distributions, whatever the default', () => {
    expect(distributionSupport({ kind: 'uniform', min: 0.1, max: 0.3 }, 99)).toEqual([0.1, 0.3]);
    expect(distributionSupport({ kind: 'triangular', min: 0.5, mode: 1, max: 1.5 }, 1)).toEqual([0.5, 1.5]);
    expect(distributionSupport({ kind: 'discrete', values: [2, 0, 1] }, 1)).toEqual([0, 2]);
    expect(distributionSupport({ kind: 'fixed' }, 5)).toEqual([5, 5]);
  });

  it('scales with the default for multipliers, swapping ends for a negative default', () => {
    expect(distributionSupport({ kind: 'uniform-multiplier', min: 0.5, max: 2 }, 0.2)).toEqual([0.1, 0.4]);
    expect(distributionSupport({ kind: 'uniform-multiplier', min: 0.5, max: 2 }, -0.2)).toEqual([-0.4, -0.1]);
    const [low, high] = distributionSupport({ kind: 'lognormal-multiplier', sigma: Math.log(2) }, 1);
    expect(high).toBeCloseTo(2 ** LOGNORMAL_SUPPORT_SIGMAS);
    expect(low).toBeCloseTo(1 / 2 ** LOGNORMAL_SUPPORT_SIGMAS);
  });

  it('contains every draw of a uniform multiplier', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (value, a, b, u) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const [low, high] = distributionSupport({ kind: 'uniform-multiplier', min, max }, value);
          const draw = value * (min + u * (max - min));
          expect(low <= high).toBe(true);
          expect(draw).toBeGreaterThanOrEqual(low - 1e-12);
          expect(draw).toBeLessThanOrEqual(high + 1e-12);
        },
      ),
    );
  });
});

describe('distributionShapeProblem', () => {
  it('accepts well-formed distributions', () => {
    expect(distributionShapeProblem({ kind: 'uniform', min: 1, max: 1 })).toBeUndefined();
    expect(distributionShapeProblem({ kind: 'triangular', min: 0, mode: 0, max: 1 })).toBeUndefined();
  });

  it('names reversed bounds, a misplaced mode and negative multipliers', () => {
    expect(distributionShapeProblem({ kind: 'uniform-rounded', min: 8, max: 3 })).toBe(
      'min 8 is above max 3',
    );
    expect(distributionShapeProblem({ kind: 'triangular', min: 0, mode: 2, max: 1 })).toMatch(
      /min ≤ mode ≤ max/,
    );
    expect(distributionShapeProblem({ kind: 'uniform-multiplier', min: -0.5, max: 1 })).toMatch(/negative/);
  });
});
