import { describe, expect, it } from 'vitest';
import { triangularQuantile } from '../../shared/engine/distribution-sample';
import { normalQuantile, streamId, uniform } from '../../shared/engine/random';

describe('counter-based random numbers', () => {
  it('gives uniforms strictly inside (0,1) with the right mean and spread', () => {
    const stream = streamId('param:nu');
    let sum = 0;
    let sumSquares = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = uniform(42, stream, i);
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
      sumSquares += u * u;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    expect(sumSquares / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('is a pure function of (seed, stream, draw) and decorrelates streams', () => {
    expect(uniform(1, streamId('a'), 5)).toBe(uniform(1, streamId('a'), 5));
    expect(uniform(1, streamId('a'), 5)).not.toBe(uniform(1, streamId('b'), 5));
    expect(uniform(1, streamId('a'), 5)).not.toBe(uniform(2, streamId('a'), 5));
    let product = 0;
    for (let i = 0; i < 5000; i++)
      product += (uniform(9, streamId('x'), i) - 0.5) * (uniform(9, streamId('y'), i) - 0.5);
    expect(Math.abs(product / 5000)).toBeLessThan(0.01);
  });

  it('inverts the normal distribution accurately', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326347874, 7);
  });

  it('samples the triangular distribution within its bounds with the mode as peak', () => {
    expect(triangularQuantile(0, 1, 2, 4)).toBeCloseTo(1, 12);
    expect(triangularQuantile(1, 1, 2, 4)).toBeCloseTo(4, 12);
    expect(triangularQuantile(1 / 3, 1, 2, 4)).toBeCloseTo(2, 12);
  });
});
