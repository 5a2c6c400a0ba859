/**
 * Counter-based random numbers: draw `i` of a named stream is a pure function of (seed, stream, i).
 * That gives common random numbers across scenarios for free, and adding a parameter (a new stream)
 * never reshuffles the draws of the others, as model.md §6 requires.
 */

/** A 32-bit avalanche mix (the finaliser of a well-known integer hash). */
function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a hash of a stream name, e.g. "param:gF:IC". */
export function streamId(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A uniform number in (0, 1) for draw `draw` of `stream` under `seed`. */
export function uniform(seed: number, stream: number, draw: number): number {
  const high = mix32(seed ^ mix32(stream ^ mix32(draw + 0x9e3779b9)));
  const low = mix32(high ^ 0x85ebca6b ^ mix32(draw * 2 + 1));
  // 53 bits of resolution, never exactly 0 or 1.
  return ((high >>> 5) * 67108864 + (low >>> 6) + 0.5) / 9007199254740992;
}

// Acklam's coefficients, as constants: literal arrays inside the function were allocated per call.
const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;

/**
 * The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9),
 * so a normal draw is one uniform draw and stays a pure function of its counter.
 */
export function normalQuantile(p: number): number {
  const a = ACKLAM_A;
  const b = ACKLAM_B;
  const c = ACKLAM_C;
  const d = ACKLAM_D;
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}
