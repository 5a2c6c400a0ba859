import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import type { ChartText } from '../../../../shared/charts';
import type { ReadyComparison } from '../compare/comparison-state';

interface TitleSlideProps {
  readonly ready: ReadyComparison;
  readonly text: ChartText;
  readonly date: string;
  /** The sectors that get their own slide, and a way to change them. */
  readonly picked: readonly string[];
  readonly onPick: (sectors: readonly string[]) => void;
}

/** The comparison's name (the deck's header), the date, the scenarios, and which sectors get slides. */
export function TitleSlide({ ready, text, date, picked, onPick }: TitleSlideProps) {
  const { t } = useTranslation();
  const pickId = useId();
  const sectors = ready.model.trajectories.sectorIds;
  const toggle = (sector: string) =>
    onPick(picked.includes(sector) ? picked.filter((id) => id !== sector) : [...picked, sector]);
  return (
    <div className="slide-body slide-title-body">
      <p className="slide-date">{t('pictures.slides.date', { date })}</p>
      <h3 className="slide-subheading">{t('pictures.slides.compared')}</h3>
      <ul className="slide-scenarios">
        {ready.model.scenarios.map((scenario) => (
          <li key={scenario.id}>
            <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} size="large" />
            <span className="slide-scenario-name">
              {scenario.reference ? t('compare.referenceName', { name: scenario.label }) : scenario.label}
            </span>
          </li>
        ))}
      </ul>
      <fieldset className="slide-pick" aria-describedby={pickId}>
        <legend>{t('pictures.slides.pick')}</legend>
        <div className="slide-pick-actions">
          <button type="button" className="slide-button" onClick={() => onPick(sectors)}>
            {t('pictures.slides.pickAll')}
          </button>
          <button type="button" className="slide-button" onClick={() => onPick([])}>
            {t('pictures.slides.pickNone')}
          </button>
          <span id={pickId}>{t('pictures.slides.count', { count: sectors.length })}</span>
        </div>
        <div className="slide-pick-list">
          {sectors.map((sector) => (
            <label key={sector} className="slide-pick-item">
              <input type="checkbox" checked={picked.includes(sector)} onChange={() => toggle(sector)} />
              {text.sectorName(sector)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
