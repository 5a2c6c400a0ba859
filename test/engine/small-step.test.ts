import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expm1Small, log1pSmall, SMALL_STEP } from '../../shared/engine/small-step';

describe('the small-step series', () => {
  const small = fc.double({ min: -SMALL_STEP, max: SMALL_STEP, noNaN: true });

  it('log1pSmall agrees with Math.log1p to a few ulps over |x| ≤ SMALL_STEP', () => {
    fc.assert(
      fc.property(small, (x) => {
        expect(Math.abs(log1pSmall(x) - Math.log1p(x))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(x));
      }),
    );
  });

  it('expm1Small agrees with Math.expm1 to a few ulps over |x| ≤ SMALL_STEP', () => {
    fc.assert(
      fc.property(small, (x) => {
        expect(Math.abs(expm1Small(x) - Math.expm1(x))).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(x));
      }),
    );
  });

  it('is exact at 0 (an unmoved value keeps its bits)', () => {
    expect(log1pSmall(0)).toBe(0);
    expect(expm1Small(0)).toBe(0);
  });
});
