import { useTranslation } from 'react-i18next';
import { describeChange } from '../../../../shared/history/describe-changes';
import type { ScenarioChange } from '../../../../shared/history/scenario-changes';
import { useChangeLanguage } from './use-change-language';

/** A lever diff as a list: one line per lever and change, schedules as shapes, values with units. */
export function ChangeList({
  changes,
  label,
  empty,
}: {
  readonly changes: readonly ScenarioChange[];
  readonly label: string;
  readonly empty?: string;
}) {
  const { t } = useTranslation();
  const language = useChangeLanguage();
  if (changes.length === 0)
    return <p className="cell-muted">{empty ?? t('exchange.history.noDifferences')}</p>;
  return (
    <ul className="change-list" aria-label={label}>
      {changes.map((change, index) => (
        <li key={index}>{describeChange(change, language)}</li>
      ))}
    </ul>
  );
}
