import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsOf, quantileSorted } from '../../shared/engine/quantiles';

/** A band's numbers as a plain list; −0 + 0 is 0, so a zero's sign (which a sort orders) does not count. */
const numbers = (band: { p10: Float64Array; p50: Float64Array; p90: Float64Array }) =>
  [band.p10, band.p50, band.p90].map((values) => Array.from(values, (x) => x + 0));

/** The bands by sorting every point's draws: the definition bandsOf must match. */
function sortedBands(samples: Float64Array, draws: number, width: number) {
  const p10 = new Float64Array(width);
  const p50 = new Float64Array(width);
  const p90 = new Float64Array(width);
  for (let i = 0; i < width; i++) {
    const column = Float64Array.from({ length: draws }, (_, d) => samples[d * width + i]!).sort();
    p10[i] = quantileSorted(column, 0.1);
    p50[i] = quantileSorted(column, 0.5);
    p90[i] = quantileSorted(column, 0.9);
  }
  return { p10, p50, p90 };
}

describe('bandsOf', () => {
  // Few distinct values make ties (a chokepoint count, a share stuck at 0) as common as in real draws.
  const value = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 0, max: 3 }),
  );

  it('gives the quantiles of the sorted draws, point by point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 60 }),
        fc.infiniteStream(value),
        (width, draws, stream) => {
          const samples = Float64Array.from(stream.take(width * draws));
          expect(numbers(bandsOf(samples, draws, width))).toEqual(
            numbers(sortedBands(samples, draws, width)),
          );
        },
      ),
    );
  });

  it('orders NaN last, as sorting does', () => {
    const samples = Float64Array.from([3, Number.NaN, 1, 2, 5, 4, 0, 9, 8, 7]);
    expect(numbers(bandsOf(samples, 10, 1))).toEqual(numbers(sortedBands(samples, 10, 1)));
  });
});
