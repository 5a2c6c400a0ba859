import type { TFunction } from 'i18next';
import type { CompareError } from '../../../../shared/compare';
import { describeEngine } from '../../i18n/describe-error';

/** Why scenarios cannot be compared, in the user's language. */
export function describeCompare(error: CompareError, t: TFunction): string {
  switch (error.kind) {
    case 'scenario-count':
      return t('compare.errors.scenario-count', { min: error.min, max: error.max, count: error.count });
    case 'duplicate-scenario':
      return t('compare.errors.duplicate-scenario', { id: error.id });
    case 'unknown-reference':
      return t('compare.errors.unknown-reference', { id: error.referenceId });
    case 'unknown-catalogue':
      return t('compare.errors.unknown-catalogue', { catalogue: error.catalogue });
    case 'different-catalogues':
      return t('compare.errors.different-catalogues', {
        name: error.name,
        catalogue: error.catalogue,
        expected: error.expected,
      });
    case 'different-years':
      return t('compare.errors.different-years', {
        name: error.name,
        baseYear: error.baseYear,
        horizon: error.horizon,
        expectedBaseYear: error.expectedBaseYear,
        expectedHorizon: error.expectedHorizon,
      });
    case 'unknown-sector':
      return t('compare.errors.unknown-sector', { sector: error.sector });
    case 'unknown-year':
      return t('compare.errors.unknown-year', { year: error.year });
    case 'engine':
      return t('compare.errors.engine', { name: error.name, reason: describeEngine(error.error, t) });
  }
}
