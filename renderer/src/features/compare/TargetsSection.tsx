import { IdentitySwatch } from '../../components/IdentitySwatch';
import { ScrollRegion } from '../../components/ScrollRegion';
import { Fragment, memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetCell } from '../../../../shared/compare';
import { useFormatters } from '../../i18n/format';
import type { SectionProps } from './chart-props';

/**
 * The targets table: per sector, the first year each scenario reaches 50 % and 70 % self-reliance
 * (or "not by" the horizon), with the share of Monte Carlo draws that reach it by the horizon.
 */
export const TargetsSection = memo(function TargetsSection({
  ready,
  text,
}: Pick<SectionProps, 'ready' | 'text'>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const table = ready.model.targets;
  const horizon = table.horizonYear;
  const probabilities = table.rows.some((row) =>
    row.cells.some((cells) => cells.some((cell) => cell.probability !== null)),
  );
  const cellText = (cell: TargetCell) =>
    cell.year === null ? t('compare.targets.notBy', { year: horizon }) : format.year(cell.year);
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
        <table className="data-table compare-targets" data-testid="targets-table">
          <caption className="visually-hidden">{t('compare.targets.caption', { year: horizon })}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('compare.targets.sector')}
              </th>
              {table.targets.map((target) => (
                <th
                  key={target}
                  scope="colgroup"
                  colSpan={table.scenarios.length}
                  className="compare-target-group"
                >
                  {t('compare.targets.reach', { target: format.percent(target) })}
                </th>
              ))}
            </tr>
            <tr>
              {table.targets.map((target) => (
                <Fragment key={target}>
                  {table.scenarios.map((scenario) => (
                    <th key={scenario.id} scope="col" className="cell-number">
                      <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} />
                      {scenario.reference
                        ? t('compare.referenceName', { name: scenario.label })
                        : scenario.label}
                    </th>
                  ))}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.sector}>
                <th scope="row">{text.sectorName(row.sector)}</th>
                {table.targets.map((target, ti) =>
                  row.cells.map((cells, si) => {
                    const cell = cells[ti]!;
                    return (
                      <td
                        key={`${target}-${si}`}
                        className={`cell-number ${cell.year === null ? 'compare-target-missed' : ''}`}
                      >
                        <span className="compare-target-year">{cellText(cell)}</span>
                        {cell.probability === null ? null : (
                          <span className="compare-target-probability">
                            {t('compare.targets.probability', { p: format.percent(cell.probability) })}
                          </span>
                        )}
                      </td>
                    );
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
});
