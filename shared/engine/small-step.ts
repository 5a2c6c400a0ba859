/**
 * Short series for exp and log of small arguments: the time loop updates slowly moving powers and
 * logarithms multiplicatively, x^β(t + dt) = x^β(t)·exp(β·log1p(Δx/x)), instead of calling Math.exp and
 * Math.log afresh every sub-step. The series are used only for |argument| ≤ SMALL_STEP, where they are
 * accurate to a few parts in 1e18 (far below the ulp of the values they update); a larger step takes
 * the exact function, and the loop recomputes every such value exactly at the start of each year, so
 * rounding cannot build up over more than a year of sub-steps.
 */
export const SMALL_STEP = 1 / 64;

// The series' coefficients as constants, so the loop multiplies instead of dividing.
const THIRD = 1 / 3;
const FIFTH = 1 / 5;
const SIXTH = 1 / 6;
const SEVENTH = 1 / 7;
const NINTH = 1 / 9;
const INV_24 = 1 / 24;
const INV_120 = 1 / 120;
const INV_720 = 1 / 720;
const INV_5040 = 1 / 5040;

/**
 * log(1 + x) for |x| ≤ SMALL_STEP: the series to x^9 (remainder below |x|^10/10 ≤ 9e-20), summed in
 * Estrin's order (pairs of terms, then powers x², x⁴, x⁸) so its multiplications do not wait on each other.
 */
export function log1pSmall(x: number): number {
  const x2 = x * x;
  const x4 = x2 * x2;
  return (
    x *
    (1 -
      x * 0.5 +
      x2 * (THIRD - x * 0.25) +
      x4 * (FIFTH - x * SIXTH + x2 * (SEVENTH - x * 0.125)) +
      x4 * x4 * NINTH)
  );
}

/** exp(x) − 1 for |x| ≤ SMALL_STEP: the series to x^7 (remainder below |x|^8/8! ≤ 9e-20), in Estrin's order. */
export function expm1Small(x: number): number {
  const x2 = x * x;
  const x4 = x2 * x2;
  return x * (1 + x * 0.5 + x2 * (SIXTH + x * INV_24) + x4 * (INV_120 + x * INV_720 + x2 * INV_5040));
}
