import type { TFunction } from 'i18next';
import type { ScenarioSummary } from '../../api-types';
import type { Formatters } from '../../i18n/format';

/** "Preset Escalation", "Duplicated from Plan A", "Imported from plan.chokepoint on 3 Dec 2026"; blank: "". */
export function originText(origin: ScenarioSummary['origin'], t: TFunction, format: Formatters): string {
  switch (origin.kind) {
    case 'preset':
      return t('exchange.library.origins.preset', { preset: origin.preset ?? '' });
    case 'duplicate':
      return t('exchange.library.origins.duplicate', { name: origin.fromName ?? origin.fromId ?? '' });
    case 'import':
      return t('exchange.library.origins.import', {
        file: origin.fileName ?? '',
        date: origin.at ? format.date(origin.at) : '',
      });
    case 'seed':
      return t('exchange.library.origins.seed');
    default:
      return '';
  }
}
