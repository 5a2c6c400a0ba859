import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTheme } from '../../../../shared/charts';
import { planTrajectoryOption } from '../../../../shared/charts/plan-option';
import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';
import type { Target } from '../../../../shared/optimize';
import { quantityKey } from '../../../../shared/optimize';
import type { PlanAnswer } from '../../sim/protocol';
import { PlanChart } from './PlanChart';
import { level } from './plan-level';
import { PlanPrice } from './PlanPrice';
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
  const shape = (value: ScheduleShape) => {
    switch (value.kind) {
      case 'constant':
        return t('plan.table.shape.constant', { value: level(value.value) });
      case 'step':
        return t('plan.table.shape.step', { from: level(value.from), to: level(value.to), year: value.year });
      case 'ramp':
        return t('plan.table.shape.ramp', {
          from: level(value.from),
          to: level(value.to),
          startYear: value.startYear,
          endYear: value.endYear,
        });
      case 'custom':
        return t('plan.table.shape.custom', {
          points: value.points.map((point) => `${point.year}: ${level(point.value)}`).join(', '),
        });
    }
  };
  const difference = result.cost - result.start.cost;
  const versus =
    Math.abs(difference) < 0.05
      ? t('plan.answer.versus.same')
      : t(difference < 0 ? 'plan.answer.versus.saving' : 'plan.answer.versus.extra', {
          amount: money(Math.abs(difference)),
        });
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
  const alone = result.package.filter((entry) => entry.leftAlone);
  const robustness = result.robustness;

  return (
    <section className="plan-answer" aria-labelledby={headingId} data-testid="plan-answer">
      <h2 id={headingId}>{result.feasible ? t('plan.answer.heading') : t('plan.answer.notReachable')}</h2>
      <p className="plan-summary" data-feasible={result.feasible}>
        {result.feasible
          ? t('plan.answer.feasible', {
              confidence: percent(result.confidence),
              cost: money(result.cost),
              versus,
            })
          : t(result.limitedBy === 'budget' ? 'plan.answer.infeasibleBudget' : 'plan.answer.infeasible', {
              confidence: percent(result.confidence),
              cost: money(result.cost),
            })}
      </p>
      {result.shortfall ? (
        <table className="plan-table" data-testid="plan-shortfall">
          <caption>
            {t('plan.answer.shortfallCaption', { confidence: percent(result.problem.confidence) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.answer.shortfallTarget')}</th>
              <th scope="col" className="number">
                {t('plan.answer.shortfallReached', { confidence: percent(result.problem.confidence) })}
              </th>
              <th scope="col" className="number">
                {t('plan.answer.shortfallConfidence')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.shortfall.map((entry, i) => {
              const share = targets[i]?.quantity.kind !== 'chokepoints';
              const value = (x: number) => (share ? percent(x) : String(x));
              return (
                <tr key={entry.target}>
                  <th scope="row">
                    {targets[i] ? names.quantityName(quantityKey(targets[i]!.quantity)) : entry.target} ≥{' '}
                    {value(entry.value)}
                  </th>
                  <td className="number">{value(entry.reached)}</td>
                  <td className="number">{percent(entry.confidence)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {result.feasible ? (
        <p>{t('plan.answer.tolerance', { tolerance: money(result.problem.costTolerance) })}</p>
      ) : null}
      <p>
        {t('plan.answer.start', {
          confidence: percent(result.start.confidence),
          cost: money(result.start.cost),
          disruption: money(result.start.disruption),
          substitution: money(result.start.substitution),
        })}
      </p>
      <p>
        {t('plan.answer.other', {
          disruption: money(result.otherCosts.disruption),
          substitution: money(result.otherCosts.substitution),
        })}
      </p>
      {robustness ? (
        <p data-testid="plan-robustness" data-fragile={robustness.fragile}>
          {t(robustness.meets ? 'plan.answer.robustness' : 'plan.answer.robustnessMiss', {
            draws: robustness.draws,
            confidence: percent(robustness.confidence),
          })}
          {robustness.fragile ? ` ${t('plan.answer.fragile', { count: robustness.dependsOn })}` : ''}
        </p>
      ) : null}
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
          {result.package.map((entry) => (
            <tr key={`${entry.sector}:${entry.lever}`} data-changed={!entry.leftAlone}>
              <td>{names.sectorName(entry.sector)}</td>
              <th scope="row">{names.leverName(entry.lever)}</th>
              <td className="number">{shape(entry.startShape)}</td>
              <td className="number">{entry.leftAlone ? t('plan.table.leftAlone') : level(entry.level)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {alone.length > 0 ? (
        <p>
          {t('plan.answer.leftAlone', {
            list: alone
              .map((entry) =>
                t('plan.answer.bound', {
                  lever: names.leverName(entry.lever),
                  sector: names.sectorName(entry.sector),
                }),
              )
              .join(', '),
          })}
        </p>
      ) : null}

      {result.priceOfConfidence.length > 0 ? <PlanPrice result={result} names={names} money={money} /> : null}

      {charts.map((chart) => (
        <PlanChart key={chart.key} option={chart.option} caption={chart.caption} height={240} />
      ))}

      <div className="plan-actions">
        <button type="button" className="button button-primary" onClick={onSave} disabled={saving}>
          {saving ? t('plan.saving') : result.feasible ? t('plan.save') : t('plan.answer.saveBest')}
        </button>
      </div>
    </section>
  );
}
