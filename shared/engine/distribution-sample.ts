import type { Distribution } from '../catalogue/types';
import { normalQuantile } from './random';

/** The triangular distribution's quantile at u. */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return mode;
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** The value a draw with uniform `u` takes, for a quantity whose default is `base`. */
export function sampleDistribution(distribution: Distribution, base: number, u: number): number {
  switch (distribution.kind) {
    case 'fixed':
      return base;
    case 'uniform':
      return distribution.min + u * (distribution.max - distribution.min);
    case 'uniform-rounded':
      return Math.round(distribution.min + u * (distribution.max - distribution.min));
    case 'uniform-multiplier':
      return base * (distribution.min + u * (distribution.max - distribution.min));
    case 'triangular':
      return triangularQuantile(u, distribution.min, distribution.mode, distribution.max);
    case 'discrete':
      return distribution.values[
        Math.min(distribution.values.length - 1, Math.floor(u * distribution.values.length))
      ]!;
    case 'lognormal-multiplier':
      return base * Math.exp(distribution.sigma * normalQuantile(u));
  }
}
