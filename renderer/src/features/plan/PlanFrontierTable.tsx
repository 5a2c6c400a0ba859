import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../../../shared/optimize';

// Costs within this of each other are one cost (sums over years leave noise in the last digits).
const SAME_COST = 1e-9;

/**
 * The frontier's packages as a table (the chart's words for a screen reader, and figures to quote),
 * the plan's own row marked: the answer is one of them, never beaten by another.
 */
export function PlanFrontierTable({
  result,
  percent,
  money,
}: {
  readonly result: PlanResult;
  readonly percent: (share: number) => string;
  readonly money: (value: number) => string;
}) {
  const { t } = useTranslation();
  const isAnswer = (point: { cost: number; confidence: number }) =>
    Math.abs(point.cost - result.cost) <= SAME_COST * Math.max(1, Math.abs(result.cost)) &&
    point.confidence === result.confidence;
  return (
    <table className="plan-table plan-frontier-table" data-testid="plan-frontier-table">
      <caption>{t('plan.frontier.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="number">
            {t('plan.frontier.confidence')}
          </th>
          <th scope="col" className="number">
            {t('plan.frontier.cost')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('plan.frontier.plan')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {result.frontier.map((point) => (
          <tr key={`${point.cost}:${point.confidence}`} data-answer={isAnswer(point)}>
            <td className="number">{percent(point.confidence)}</td>
            <td className="number">{money(point.cost)}</td>
            <td>{isAnswer(point) ? t('plan.frontier.theAnswer') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
