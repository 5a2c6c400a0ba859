import type { Distribution } from './types';

/**
 * How many standard deviations of a lognormal multiplier count as its support. The lognormal has
 * no bound; three σ covers all but 0.13 % of draws on either side.
 */
export const LOGNORMAL_SUPPORT_SIGMAS = 3;

/**
 * The interval a Monte Carlo draw of a value with default `value` can take: the distribution's own
 * bounds for absolute distributions, `value` times its bounds for multipliers, and `value` itself
 * when fixed. Used to check that every draw stays inside a parameter's allowed range.
 */
export function distributionSupport(distribution: Distribution, value: number): readonly [number, number] {
  switch (distribution.kind) {
    case 'fixed':
      return [value, value];
    case 'uniform':
    case 'uniform-rounded':
    case 'triangular':
      return [distribution.min, distribution.max];
    case 'discrete':
      return [Math.min(...distribution.values), Math.max(...distribution.values)];
    case 'uniform-multiplier':
      return ordered(value * distribution.min, value * distribution.max);
    case 'lognormal-multiplier': {
      const spread = Math.exp(LOGNORMAL_SUPPORT_SIGMAS * distribution.sigma);
      return ordered(value / spread, value * spread);
    }
  }
}

/** Whether the distribution multiplies the value (its support moves with the default). */
export function isMultiplier(distribution: Distribution): boolean {
  return distribution.kind === 'uniform-multiplier' || distribution.kind === 'lognormal-multiplier';
}

/** Problems of a distribution on its own, whatever it is attached to. */
export function distributionShapeProblem(distribution: Distribution): string | undefined {
  switch (distribution.kind) {
    case 'uniform':
    case 'uniform-rounded':
    case 'uniform-multiplier':
      if (!(distribution.min <= distribution.max)) {
        return `min ${distribution.min} is above max ${distribution.max}`;
      }
      if (distribution.kind === 'uniform-multiplier' && distribution.min < 0) {
        return `a multiplier must not be negative (min ${distribution.min})`;
      }
      return undefined;
    case 'triangular':
      if (!(distribution.min <= distribution.mode && distribution.mode <= distribution.max)) {
        return `needs min ≤ mode ≤ max (got ${distribution.min}, ${distribution.mode}, ${distribution.max})`;
      }
      return undefined;
    default:
      return undefined;
  }
}

// A negative value times a multiplier swaps the ends.
function ordered(a: number, b: number): readonly [number, number] {
  return a <= b ? [a, b] : [b, a];
}
