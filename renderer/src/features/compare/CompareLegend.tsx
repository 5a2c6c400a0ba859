import { IdentitySwatch } from '../../components/IdentitySwatch';
import { useTranslation } from 'react-i18next';
import type { ComparedScenario } from '../../../../shared/compare';

/**
 * The one legend of every chart, as text: each scenario's colour and dash (the swatch repeats the
 * line's pattern) with its name, the reference marked.
 */
export function CompareLegend({
  scenarios,
  className,
  swatch = 'normal',
}: {
  readonly scenarios: readonly ComparedScenario[];
  readonly className?: string;
  readonly swatch?: 'normal' | 'large' | 'slide';
}) {
  const { t } = useTranslation();
  return (
    <ul className={`compare-legend ${className ?? ''}`} aria-label={t('compare.legend')}>
      {scenarios.map((scenario) => (
        <li key={scenario.id} className="compare-legend-item">
          <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} size={swatch} />
          <span className={scenario.reference ? 'compare-legend-reference' : undefined}>
            {scenario.reference ? t('compare.referenceName', { name: scenario.label }) : scenario.label}
          </span>
        </li>
      ))}
    </ul>
  );
}
