/** Running totals of a yearly cost series. */
export function cumulative(series: ArrayLike<number>): Float64Array {
  const out = new Float64Array(series.length);
  let total = 0;
  for (let i = 0; i < series.length; i++) out[i] = total += series[i]!;
  return out;
}

/**
 * Running totals discounted to the base year at `rate` per year: year y's cost counts
 * cost_y / (1 + rate)^y (y = 0 in the base year). A rate of 0 gives the undiscounted totals.
 */
export function discountedCumulative(series: ArrayLike<number>, rate: number): Float64Array {
  const out = new Float64Array(series.length);
  let total = 0;
  let factor = 1;
  for (let i = 0; i < series.length; i++) {
    total += series[i]! * factor;
    out[i] = total;
    factor /= 1 + rate;
  }
  return out;
}
