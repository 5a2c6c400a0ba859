/** P10, P50 and P90 of a set of trajectories, per point. */
export interface Band {
  readonly p10: Float64Array;
  readonly p50: Float64Array;
  readonly p90: Float64Array;
}

/** The q-quantile of sorted values, interpolating linearly between order statistics. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lower = Math.floor(h);
  const upper = Math.min(sorted.length - 1, lower + 1);
  return sorted[lower]! + (h - lower) * (sorted[upper]! - sorted[lower]!);
}

/**
 * Bands over `draws` samples stored draw-major: `samples[d * width + i]` is point i of draw d.
 */
export function bandsOf(samples: Float64Array, draws: number, width: number): Band {
  const band = { p10: new Float64Array(width), p50: new Float64Array(width), p90: new Float64Array(width) };
  const column = new Float64Array(draws);
  for (let i = 0; i < width; i++) {
    for (let d = 0; d < draws; d++) column[d] = samples[d * width + i]!;
    column.sort();
    band.p10[i] = quantileSorted(column, 0.1);
    band.p50[i] = quantileSorted(column, 0.5);
    band.p90[i] = quantileSorted(column, 0.9);
  }
  return band;
}
