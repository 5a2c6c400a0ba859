import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import { TargetsTable } from '../../components/TargetsTable';
import type { SectionProps } from './chart-props';

/**
 * The targets section: per sector, the first year each scenario reaches 50 % and 70 % self-reliance
 * (or "not by" the horizon), with the share of Monte Carlo draws that reach it by the horizon.
 */
export const TargetsSection = memo(function TargetsSection({
  ready,
  text,
}: Pick<SectionProps, 'ready' | 'text'>) {
  const { t } = useTranslation();
  const headingId = useId();
  const table = ready.model.targets;
  const horizon = table.horizonYear;
  const probabilities = table.rows.some((row) =>
    row.cells.some((cells) => cells.some((cell) => cell.probability !== null)),
  );
  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('compare.targets.heading')}
      </h2>
      <p className="section-intro">
        {probabilities
          ? t('compare.targets.intro', { year: horizon })
          : t('compare.targets.introPending', { year: horizon })}
      </p>
      <ScrollRegion label={t('compare.targets.caption', { year: horizon })}>
        <TargetsTable table={table} text={text} density="page" />
      </ScrollRegion>
    </section>
  );
});
