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
 * Rearranges values[lo..hi] so that values[k] is the value a sort would put there, smaller-or-equal
 * values before it and larger-or-equal after (Hoare's selection with Wirth's partition; no NaN).
 */
function select(values: Float64Array, k: number, lo: number, hi: number): void {
  while (lo < hi) {
    const pivot = values[k]!;
    let i = lo;
    let j = hi;
    do {
      while (values[i]! < pivot) i++;
      while (pivot < values[j]!) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
}

/**
 * quantileSorted(sort(values), q) for ascending qs, written to out[at + i·stride] for the i-th q,
 * without sorting: each quantile needs only two order statistics, found by selection in the part the
 * previous quantile left above it. Reorders `values`.
 */
function quantilesUnsorted(
  values: Float64Array,
  qs: readonly number[],
  out: readonly Float64Array[],
  at: number,
): void {
  const last = values.length - 1;
  let lo = 0;
  for (let i = 0; i < qs.length; i++) {
    const h = last * qs[i]!;
    const lower = Math.floor(h);
    select(values, lower, lo, last);
    // After selection everything above `lower` is at least values[lower]: the next order statistic is
    // the smallest of them.
    let upperValue = values[lower]!;
    if (lower < last) {
      upperValue = values[lower + 1]!;
      for (let j = lower + 2; j <= last; j++) if (values[j]! < upperValue) upperValue = values[j]!;
    }
    out[i]![at] = values[lower]! + (h - lower) * (upperValue - values[lower]!);
    lo = lower;
  }
}

const BAND_QUANTILES = [0.1, 0.5, 0.9] as const;

/**
 * Bands over `draws` samples stored draw-major: `samples[d * width + i]` is point i of draw d.
 * The same numbers as sorting each point's draws, found by selection (several times faster).
 */
export function bandsOf(samples: Float64Array, draws: number, width: number): Band {
  const band = { p10: new Float64Array(width), p50: new Float64Array(width), p90: new Float64Array(width) };
  const out = [band.p10, band.p50, band.p90];
  const column = new Float64Array(draws);
  for (let i = 0; i < width; i++) {
    let hasNaN = false;
    for (let d = 0; d < draws; d++) {
      const value = samples[d * width + i]!;
      column[d] = value;
      if (value !== value) hasNaN = true;
    }
    if (draws === 0) {
      for (const values of out) values[i] = Number.NaN;
    } else if (hasNaN) {
      // Sorting puts NaN last; selection cannot order it.
      column.sort();
      for (let q = 0; q < BAND_QUANTILES.length; q++) out[q]![i] = quantileSorted(column, BAND_QUANTILES[q]!);
    } else {
      quantilesUnsorted(column, BAND_QUANTILES, out, i);
    }
  }
  return band;
}
