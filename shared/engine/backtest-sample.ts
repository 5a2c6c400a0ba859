import type { Observation } from '../catalogue/history-2018/observations';

/**
 * The last year whose observations may set or narrow a parameter. Later observations (2022–2024) are
 * the out-of-sample test: a fit that saw them could not be tested by them (docs/model.md §9).
 */
export const LAST_FITTED_YEAR = 2021;

/** Whether a fit may see the observation (in sample) or it is kept for the out-of-sample test. */
export function isInSample(observation: Pick<Observation, 'year'>): boolean {
  return observation.year <= LAST_FITTED_YEAR;
}
