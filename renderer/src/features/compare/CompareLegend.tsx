import { IdentitySwatch } from '../../components/IdentitySwatch';
import { useTranslation } from 'react-i18next';
import type { ComparedScenario } from '../../../../shared/compare';

/**
 * The one legend of every chart, as text: each scenario's colour and dash (the swatch repeats the
 * line's pattern) with its name, the reference marked; and the observed record's grey point where
 * the charts draw it.
 */
export function CompareLegend({
  scenarios,
  className,
  swatch = 'normal',
  observed = false,
}: {
  readonly scenarios: readonly ComparedScenario[];
  readonly className?: string;
  readonly swatch?: 'normal' | 'large' | 'slide';
  /** One more key, a grey point: the observed record the charts draw before the base year. */
  readonly observed?: boolean;
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
      {observed ? (
        <li className="compare-legend-item">
          <svg
            className={`compare-legend-observed compare-legend-observed-${swatch}`}
            viewBox="0 0 28 12"
            aria-hidden="true"
          >
            <circle cx="14" cy="6" r="4" />
          </svg>
          <span>{t('compare.observed')}</span>
        </li>
      ) : null}
    </ul>
  );
}
