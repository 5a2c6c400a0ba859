import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTheme } from '../../../../shared/charts';
import { planTrajectoryOption } from '../../../../shared/charts/plan-option';
import type { Target } from '../../../../shared/optimize';
import { quantityKey } from '../../../../shared/optimize';
import type { PlanAnswer } from '../../sim/plan-protocol';
import { PlanChart } from './PlanChart';
import type { usePlanNames } from './use-plan-names';

interface PlanAnswerViewProps {
  readonly answer: PlanAnswer;
  readonly targets: readonly Target[];
  readonly names: ReturnType<typeof usePlanNames>;
  readonly theme: ChartTheme;
  readonly percent: (share: number) => string;
  readonly money: (value: number) => string;
  readonly saving: boolean;
  readonly onSave: () => void;
}

const level = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(3));

/** The chosen package: how well and at what cost it meets the targets, its levers, its trajectories. */
export function PlanAnswerView({
  answer,
  targets,
  names,
  theme,
  percent,
  money,
  saving,
  onSave,
}: PlanAnswerViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result } = answer;
  const summaryKey = result.feasible
    ? 'plan.answer.feasible'
    : result.limitedBy === 'budget'
      ? 'plan.answer.infeasibleBudget'
      : 'plan.answer.infeasible';
  const charts = useMemo(
    () =>
      answer.trajectories.map((trajectory) => {
        const target = targets.find((entry) => quantityKey(entry.quantity) === trajectory.quantity)!;
        const share = trajectory.quantity !== 'chokepoints';
        const format = (value: number) => (share ? percent(value) : String(Math.round(value)));
        const quantity = names.quantityName(trajectory.quantity);
        return {
          key: trajectory.quantity,
          caption: t('plan.trajectory.caption', { quantity }),
          option: planTrajectoryOption(
            {
              years: answer.years,
              start: trajectory.start,
              plan: trajectory.plan,
              target: target.value,
              format,
            },
            {
              start: t('plan.frontier.start'),
              plan: t('plan.frontier.plan'),
              target: t('plan.trajectory.target'),
              description: t('plan.trajectory.description', {
                quantity,
                from: answer.years[0],
                to: answer.years.at(-1),
                start: format(trajectory.start.at(-1)!),
                plan: format(trajectory.plan.at(-1)!),
                target: format(target.value),
              }),
            },
            theme,
          ),
        };
      }),
    [answer, targets, names, percent, t, theme],
  );

  return (
    <section className="plan-answer" aria-labelledby={headingId} data-testid="plan-answer">
      <h2 id={headingId}>{t('plan.answer.heading')}</h2>
      <p className="plan-summary" data-feasible={result.feasible}>
        {t(summaryKey, { confidence: percent(result.confidence), cost: money(result.cost) })}
      </p>
      <p>
        {t('plan.answer.start', {
          confidence: percent(result.start.confidence),
          cost: money(result.start.cost),
        })}
      </p>
      <p>
        {t('plan.answer.other', {
          disruption: money(result.otherCosts.disruption),
          substitution: money(result.otherCosts.substitution),
        })}
      </p>
      {!result.feasible ? (
        <p>
          {result.bindingBounds.length > 0
            ? t('plan.answer.binding', {
                list: result.bindingBounds
                  .map((bound) =>
                    t('plan.answer.bound', {
                      lever: names.leverName(bound.lever),
                      sector: names.sectorName(bound.sector),
                    }),
                  )
                  .join(', '),
              })
            : t('plan.answer.noBinding')}
        </p>
      ) : null}
      {result.unstableCandidates > 0 ? (
        <p>{t('plan.answer.unstable', { count: result.unstableCandidates })}</p>
      ) : null}

      <table className="plan-table" data-testid="plan-package">
        <caption>{t('plan.table.caption', { year: result.problem.fromYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.table.sector')}</th>
            <th scope="col">{t('plan.table.lever')}</th>
            <th scope="col" className="number">
              {t('plan.table.start')}
            </th>
            <th scope="col" className="number">
              {t('plan.table.plan')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.package.map((entry) => {
            const same = Math.abs(entry.level - entry.start) <= 1e-9;
            return (
              <tr key={`${entry.sector}:${entry.lever}`} data-changed={!same}>
                <td>{names.sectorName(entry.sector)}</td>
                <th scope="row">{names.leverName(entry.lever)}</th>
                <td className="number">{level(entry.start)}</td>
                <td className="number">
                  {same ? `${level(entry.level)} (${t('plan.table.unchanged')})` : level(entry.level)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {charts.map((chart) => (
        <PlanChart key={chart.key} option={chart.option} caption={chart.caption} height={240} />
      ))}

      <div className="plan-actions">
        <button type="button" className="button button-primary" onClick={onSave} disabled={saving}>
          {saving ? t('plan.saving') : t('plan.save')}
        </button>
      </div>
    </section>
  );
}
