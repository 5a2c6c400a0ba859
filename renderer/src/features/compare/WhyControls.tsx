import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import type { ComparedScenario } from '../../../../shared/compare';
import { useApp } from '../../store';

interface WhyControlsProps {
  readonly others: readonly ComparedScenario[];
  readonly otherId: string;
  readonly sectorIds: readonly string[];
  readonly years: readonly number[];
  readonly year: number;
  readonly text: ChartText;
}

/** Which scenario to explain against the reference, for which output (the aggregate or a sector) and year. */
export function WhyControls({ others, otherId, sectorIds, years, year, text }: WhyControlsProps) {
  const { t } = useTranslation();
  const ids = { other: useId(), output: useId(), year: useId() };
  const sector = useApp((state) => state.compareOptions.sector);
  const variable = useApp((state) => state.compareOptions.variable);
  const setOptions = useApp((state) => state.setCompareOptions);
  const setOther = useApp((state) => state.setCompareOther);
  return (
    <div className="compare-controls">
      <div className="field">
        <label htmlFor={ids.other} className="field-label">
          {t('compare.why.other')}
        </label>
        <select id={ids.other} value={otherId} onChange={(event) => setOther(event.target.value)}>
          {others.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.output} className="field-label">
          {t('compare.why.output')}
        </label>
        <select
          id={ids.output}
          value={sector ?? ''}
          onChange={(event) => setOptions({ sector: event.target.value || undefined })}
        >
          <option value="">{t('compare.why.aggregate')}</option>
          {sectorIds.map((id) => (
            <option key={id} value={id}>
              {variable === 'S'
                ? t('compare.why.sectorS', { sector: text.sectorName(id) })
                : t('compare.why.sectorC', { sector: text.sectorName(id) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.year} className="field-label">
          {t('compare.why.year')}
        </label>
        <select
          id={ids.year}
          value={year}
          onChange={(event) => setOptions({ year: Number(event.target.value) })}
        >
          {years.map((entry) => (
            <option key={entry} value={entry}>
              {entry}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
