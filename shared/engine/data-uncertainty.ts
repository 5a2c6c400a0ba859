import type { Distribution } from '../catalogue/types';

/**
 * How each Monte Carlo draw varies the sector data (model.md §6): the data are uncertain too. S0 and
 * lag0 are triangular over the catalogue's plausible ranges with the mode at the default; the trends and
 * the base-year restriction are multipliers. Data the scenario overrides are held fixed.
 */
export const DATA_DISTRIBUTIONS = {
  dSObs: { kind: 'uniform-multiplier', min: 0.5, max: 1.5 },
  dLagObs: { kind: 'uniform-multiplier', min: 0.5, max: 1.5 },
  r0: { kind: 'uniform-multiplier', min: 0.8, max: 1.2 },
} as const satisfies Record<string, Distribution>;

/** r0 is a share of the technology ladder: a multiplier may not push it past 1. */
export const R0_MAX = 1;
