import { useTranslation } from 'react-i18next';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import type { ReadyComparison } from '../compare/comparison-state';

/**
 * The title slide: the date and the scenarios compared, each in its colour and line, the reference
 * marked. The title is the slide's heading; what the slides show was chosen before presenting.
 */
export function TitleSlide({ ready, date }: { readonly ready: ReadyComparison; readonly date: string }) {
  const { t } = useTranslation();
  return (
    <div className="slide-body slide-title-body">
      <p className="slide-date">{t('pictures.slides.date', { date })}</p>
      <h3 className="slide-subheading">{t('pictures.slides.compared')}</h3>
      <ul className="slide-scenarios">
        {ready.model.scenarios.map((scenario) => (
          <li key={scenario.id}>
            <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} size="slide" />
            <span className="slide-scenario-name">
              {scenario.reference ? t('compare.referenceName', { name: scenario.label }) : scenario.label}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
