import { describe, expect, it } from 'vitest';
import { cumulative, discountedCumulative } from '../../shared/engine/costs';

describe('cumulative costs', () => {
  it('sums a series year by year', () => {
    expect(Array.from(cumulative([1, 2, 3]))).toEqual([1, 3, 6]);
  });
  it('discounts year y by (1 + r)^y, and equals the plain sum at r = 0', () => {
    const discounted = discountedCumulative([100, 100, 100], 0.05);
    expect(discounted[2]).toBeCloseTo(100 + 100 / 1.05 + 100 / 1.05 ** 2, 10);
    expect(Array.from(discountedCumulative([1, 2, 3], 0))).toEqual([1, 3, 6]);
  });
});
