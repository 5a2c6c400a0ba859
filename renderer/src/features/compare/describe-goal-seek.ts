import type { TFunction } from 'i18next';
import type { GoalSeekError } from '../../../../shared/engine/goal-seek-request';
import { describeEngine } from '../../i18n/describe-error';

/** Why goal seek refused the question, in the user's language. */
export function describeGoalSeek(error: GoalSeekError, t: TFunction): string {
  switch (error.kind) {
    case 'not-monotone':
      return t('compare.goal.errors.not-monotone');
    case 'no-sectors':
      return t('compare.goal.errors.no-sectors');
    case 'unknown-sector':
      return t('compare.goal.errors.unknown-sector', { sector: error.sector });
    case 'year-out-of-range':
      return t(error.field === 'fromYear' ? 'compare.goal.errors.fromYear' : 'compare.goal.errors.byYear', {
        year: error.year,
        min: error.min,
        max: error.max,
      });
    case 'target-out-of-range':
      return t('compare.goal.errors.target-out-of-range', { value: error.value });
    case 'invalid-tolerance':
      return t('compare.goal.errors.invalid-tolerance', { tolerance: error.tolerance });
    case 'engine':
      return describeEngine(error.error, t);
  }
}
