import { IdentitySwatch } from '../../components/IdentitySwatch';
import { ScrollRegion } from '../../components/ScrollRegion';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostMeasure } from '../../../../shared/compare';
import { COST_KINDS, COST_MEASURES } from '../../../../shared/compare';
import { costsOption, costsTitle, unitLabel } from '../../../../shared/charts';
import { NumberField } from '../../components/NumberField';
import { useApp } from '../../store';
import type { SectionProps } from './chart-props';
import { CompareChart } from './CompareChart';
import { useCompareMarkers } from './use-compare-markers';

/**
 * Fiscal, disruption and substitution costs per year or cumulative (also discounted at the rate the
 * user enters), with the totals by the horizon in a table.
 */
export const CostsSection = memo(function CostsSection({ ready, theme, text }: SectionProps) {
  const { t } = useTranslation();
  const markers = useCompareMarkers();
  const headingId = useId();
  const [measure, setMeasure] = useState<CostMeasure>('cumulative');
  const discountRate = useApp((state) => state.compareOptions.discountRate);
  const setOptions = useApp((state) => state.setCompareOptions);
  const { costs } = ready.model;
  const option = useMemo(() => costsOption(costs, { measure }, theme, text), [costs, measure, theme, text]);
  const last = costs.years.length - 1;
  const totalsCaption = t('compare.costs.totalsCaption', {
    year: costs.years[last],
    rate: text.format.rate(discountRate),
  });
  const money = text.format.money;
  const caption = costsTitle(measure, discountRate, text);
  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} className="section-title">
          {t('compare.costs.heading')}
        </h2>
        <div className="compare-controls">
          <fieldset className="compare-inline-group">
            <legend className="visually-hidden">{t('compare.costs.measure')}</legend>
            {COST_MEASURES.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="compare-cost-measure"
                  checked={measure === value}
                  onChange={() => setMeasure(value)}
                />
                <span>{t(`compare.costs.measures.${value}`)}</span>
              </label>
            ))}
          </fieldset>
          <NumberField
            className="compare-rate"
            label={t('compare.costs.discountRate')}
            value={discountRate}
            min={0}
            max={1}
            step={0.005}
            scale={100}
            suffix="%"
            invalidMessage={t('compare.costs.invalidRate')}
            onCommit={(rate) => setOptions({ discountRate: rate })}
          />
        </div>
      </div>
      <CompareChart
        markers={markers}
        option={option}
        height={300}
        caption={caption.charAt(0).toUpperCase() + caption.slice(1)}
        fileName={t('compare.costs.file')}
        unit={unitLabel('money', text)}
        testId="compare-costs-chart"
      />
      <ScrollRegion label={totalsCaption}>
        <table className="data-table compare-costs-table">
          <caption>{totalsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.costs.scenario')}</th>
              {COST_KINDS.map((kind) => (
                <th key={kind} scope="col" className="cell-number">
                  {text.t(`cost.${kind}`)}
                </th>
              ))}
              <th scope="col" className="cell-number">
                {t('compare.costs.total')}
              </th>
              <th scope="col" className="cell-number">
                {t('compare.costs.discountedTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {costs.scenarios.map((scenario) => (
              <tr key={scenario.id}>
                <th scope="row">
                  <IdentitySwatch slot={scenario.colorIndex} reference={scenario.reference} />
                  {scenario.reference ? t('compare.referenceName', { name: scenario.label }) : scenario.label}
                </th>
                {COST_KINDS.map((kind) => (
                  <td key={kind} className="cell-number">
                    {money(scenario.costs[kind].cumulative[last]!)}
                  </td>
                ))}
                <td className="cell-number">
                  {money(COST_KINDS.reduce((sum, kind) => sum + scenario.costs[kind].cumulative[last]!, 0))}
                </td>
                <td className="cell-number">
                  {money(COST_KINDS.reduce((sum, kind) => sum + scenario.costs[kind].discounted[last]!, 0))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
});
