import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTheme } from '../../../../shared/charts';
import { planDriversOption, planPeelingOption } from '../../../../shared/charts/plan-option';
import type { FailureDrivers } from '../../../../shared/optimize';
import { PlanChart } from './PlanChart';
import type { usePlanNames } from './use-plan-names';

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(3));

/** What breaks the plan: the box of uncertain values where its draws mostly fail, with coverage and density. */
export function PlanBreaks({
  box,
  confidence,
  names,
  percent,
  theme,
}: {
  readonly box: FailureDrivers | null;
  readonly confidence: number;
  readonly names: ReturnType<typeof usePlanNames>;
  readonly percent: (share: number) => string;
  readonly theme: ChartTheme;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const option = useMemo(() => {
    const bars = (box?.ranking ?? []).slice(0, 8).map((entry) => ({
      label: names.uncertaintyName(entry),
      auc: entry.auc,
    }));
    return planDriversOption(
      bars,
      {
        axis: t('plan.breaks.chartAxis'),
        description: bars.length
          ? t('plan.breaks.chartDescription', {
              count: bars.length,
              first: bars[0]!.label,
              auc: bars[0]!.auc.toFixed(2),
            })
          : t('plan.breaks.none'),
      },
      theme,
    );
  }, [box, names, t, theme]);
  const peeling = useMemo(() => {
    // One box (nothing peeled) is no trajectory to show.
    if (!box || box.trajectory.length < 2) return undefined;
    const chosen = box.trajectory[box.chosen] ?? box.trajectory[0]!;
    return planPeelingOption(
      {
        trajectory: box.trajectory,
        chosen: { coverage: box.coverage, density: box.density },
        ...(box.drivers.length > 0
          ? { holdout: { coverage: box.holdout.coverage, density: box.holdout.density } }
          : {}),
      },
      {
        coverage: t('plan.breaks.peelCoverage'),
        density: t('plan.breaks.peelDensity'),
        path: t('plan.breaks.peelPath'),
        chosen: t('plan.breaks.peelChosen'),
        holdout: t('plan.breaks.peelHoldout'),
        description: t('plan.breaks.peelDescription', {
          count: box.trajectory.length,
          base: percent(box.baseRate),
          coverage: percent(chosen.coverage),
          density: percent(chosen.density),
          holdoutCoverage: percent(box.holdout.coverage),
          holdoutDensity: percent(box.holdout.density),
        }),
      },
      theme,
    );
  }, [box, percent, t, theme]);
  return (
    <section className="plan-breaks" aria-labelledby={headingId} data-testid="plan-breaks">
      <h2 id={headingId}>{t('plan.breaks.heading')}</h2>
      {box === null ? (
        <p>{confidence >= 1 ? t('plan.breaks.none') : t('plan.breaks.all')}</p>
      ) : (
        <>
          <p>
            {t('plan.breaks.summary', { failures: box.failures, draws: box.draws })}{' '}
            {box.drivers.length > 0
              ? t('plan.breaks.box', {
                  coverage: percent(box.coverage),
                  density: percent(box.density),
                  base: percent(box.baseRate),
                })
              : t('plan.breaks.noBox')}
          </p>
          <p data-testid="plan-holdout">
            {t(box.drivers.length > 0 ? 'plan.breaks.holdout' : 'plan.breaks.holdoutNoBox', {
              draws: box.holdout.draws,
              failures: box.holdout.failures,
              coverage: percent(box.holdout.coverage),
              density: percent(box.holdout.density),
              base: percent(box.holdout.baseRate),
            })}
          </p>
          {box.drivers.length > 0 ? (
            <table className="plan-table">
              <caption>{t('plan.breaks.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.breaks.value')}</th>
                  <th scope="col">{t('plan.breaks.range')}</th>
                  <th scope="col">{t('plan.breaks.drawn')}</th>
                  <th scope="col" className="number">
                    {t('plan.breaks.weight')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {box.drivers.map((driver) => (
                  <tr key={`${driver.key}:${driver.sector ?? ''}:${driver.supplier ?? ''}`}>
                    <th scope="row">{names.uncertaintyName(driver)}</th>
                    <td>
                      {[
                        driver.low !== undefined
                          ? t('plan.breaks.atLeast', { value: number(driver.low) })
                          : '',
                        driver.high !== undefined
                          ? t('plan.breaks.atMost', { value: number(driver.high) })
                          : '',
                      ]
                        .filter(Boolean)
                        .join(', ')}
                    </td>
                    <td>
                      {number(driver.range[0])} – {number(driver.range[1])}
                    </td>
                    <td className="number">{percent(driver.importance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {box.ranking.length > 0 ? (
            <>
              <table className="plan-table">
                <caption>{t('plan.breaks.rankingCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plan.breaks.value')}</th>
                    <th scope="col">{t('plan.breaks.range')}</th>
                    <th scope="col" className="number">
                      {t('plan.breaks.zSearch')}
                    </th>
                    <th scope="col" className="number">
                      {t('plan.breaks.zHoldout')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {box.ranking.slice(0, 8).map((entry) => (
                    <tr key={`${entry.key}:${entry.sector ?? ''}:${entry.supplier ?? ''}`}>
                      <th scope="row">{names.uncertaintyName(entry)}</th>
                      <td>{t(`plan.breaks.when.${entry.failsWhen}`)}</td>
                      <td className="number">{entry.z.toFixed(1)}</td>
                      <td className="number">{entry.holdoutZ?.toFixed(1) ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <PlanChart option={option} caption={t('plan.breaks.chartCaption')} height={300} />
            </>
          ) : null}
          {peeling ? (
            <PlanChart
              option={peeling}
              caption={t('plan.breaks.peelCaption')}
              height={280}
              testId="plan-peeling"
            />
          ) : null}
        </>
      )}
    </section>
  );
}
