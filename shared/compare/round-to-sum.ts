/**
 * `values` rounded to `decimals` so that the rounded values add up exactly to `total` rounded the same
 * way (largest-remainder rounding): a waterfall's displayed bars then sum to its displayed difference.
 * Returned as whole multiples of 10^−decimals divided back, so they print exactly.
 */
export function roundToSum(values: readonly number[], total: number, decimals: number): number[] {
  const scale = 10 ** decimals;
  const floors = values.map((value) => Math.floor(value * scale));
  const remainders = values.map((value, i) => value * scale - floors[i]!);
  let missing = Math.round(total * scale) - floors.reduce((sum, value) => sum + value, 0);
  // Largest remainders go up first; when the floors overshoot (rounding noise), smallest go down first.
  const order = remainders.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  for (let k = 0; missing > 0 && values.length > 0; k = (k + 1) % values.length, missing--)
    floors[order[k]!]! += 1;
  for (
    let k = values.length - 1;
    missing < 0 && values.length > 0;
    k = (k - 1 + values.length) % values.length, missing++
  )
    floors[order[k]!]! -= 1;
  // `+ 0` turns −0 into 0, which would otherwise print as "−0".
  return floors.map((value) => value / scale + 0);
}
