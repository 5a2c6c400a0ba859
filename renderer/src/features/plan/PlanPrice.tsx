import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResult, PriceStep } from '../../../../shared/optimize';
import { level } from './plan-level';
import type { usePlanNames } from './use-plan-names';

/** Why this package: each lever a step down and up from the plan, what the step costs and what it buys. */
export function PlanPrice({
  result,
  names,
  money,
}: {
  readonly result: PlanResult;
  readonly names: ReturnType<typeof usePlanNames>;
  readonly money: (value: number) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const step = (entry: PriceStep | undefined) => {
    if (!entry) return t('plan.price.end');
    const points = Math.round((entry.confidence - result.confidence) * 1000) / 10;
    const cost = entry.cost - result.cost;
    return t('plan.price.step', {
      level: level(entry.level),
      confidence:
        points === 0
          ? t('plan.price.sameConfidence')
          : t('plan.price.points', { value: `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}` }),
      cost:
        Math.abs(cost) < 0.05
          ? t('plan.price.sameCost')
          : t(cost > 0 ? 'plan.price.more' : 'plan.price.less', { amount: money(Math.abs(cost)) }),
    });
  };
  return (
    <section className="plan-price" aria-labelledby={headingId} data-testid="plan-price">
      <h3 id={headingId}>{t('plan.price.heading')}</h3>
      <p>{t('plan.price.intro')}</p>
      <table className="plan-table">
        <caption>{t('plan.price.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.table.sector')}</th>
            <th scope="col">{t('plan.table.lever')}</th>
            <th scope="col" className="number">
              {t('plan.price.level')}
            </th>
            <th scope="col">{t('plan.price.down')}</th>
            <th scope="col">{t('plan.price.up')}</th>
          </tr>
        </thead>
        <tbody>
          {result.priceOfConfidence.map((entry) => (
            <tr key={`${entry.sector}:${entry.lever}`}>
              <td>{names.sectorName(entry.sector)}</td>
              <th scope="row">{names.leverName(entry.lever)}</th>
              <td className="number">{level(entry.level)}</td>
              <td>{step(entry.down)}</td>
              <td>{step(entry.up)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
