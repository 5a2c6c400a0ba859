import { useTranslation } from 'react-i18next';
import { describeEngine } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';

/** The headline numbers at the horizon: aggregate self-reliance and open chokepoints, against the baseline. */
export function KeyFigures() {
  const { t } = useTranslation();
  const format = useFormatters();
  const sim = useApp((state) => state.sim);
  if (!sim) return <p className="loading">{t('trajectories.computing')}</p>;
  const edited = sim.items.find((item) => item.role === 'edited');
  const baseline = sim.items.find((item) => item.role === 'baseline');
  const run = edited ? sim.runs.get(edited.key) : undefined;
  const base = baseline ? sim.runs.get(baseline.key) : undefined;
  const failures = sim.items
    .map((item) => ({ item, outcome: sim.runs.get(item.key) }))
    .filter((entry) => entry.outcome && !entry.outcome.ok);
  if (!run?.ok) {
    return (
      <div role="alert" className="error-box">
        {failures.map(({ item, outcome }) =>
          outcome && !outcome.ok ? (
            <p key={item.key}>
              {t('trajectories.failed', {
                name: item.role === 'baseline' ? t('trajectories.baseline') : item.name,
                reason: describeEngine(outcome.error, t),
              })}
            </p>
          ) : null,
        )}
      </div>
    );
  }
  const years = run.value.years;
  const lastYear = years[years.length - 1]!;
  const at = (values: Float64Array) => values[values.length - 1]!;
  return (
    <dl className="key-figures">
      <div className="key-figure">
        <dt>{t('trajectories.aggregateAt', { year: lastYear })}</dt>
        <dd>
          <span className="key-value" data-testid="aggregate-final">
            {format.percent(at(run.value.aggregateS))}
          </span>
          {base?.ok ? (
            <span className="key-compare">
              {t('trajectories.baselineValue', { value: format.percent(at(base.value.aggregateS)) })}
            </span>
          ) : null}
        </dd>
      </div>
      <div className="key-figure">
        <dt>{t('trajectories.chokepointsAt', { year: lastYear })}</dt>
        <dd>
          <span className="key-value" data-testid="chokepoints-final">
            {format.integer(at(run.value.chokepointsOpen))}
          </span>
          {base?.ok ? (
            <span className="key-compare">
              {t('trajectories.baselineValue', { value: format.integer(at(base.value.chokepointsOpen)) })}
            </span>
          ) : null}
        </dd>
      </div>
      <div className="key-figure">
        <dt>{t('trajectories.chokepointsNow', { year: years[0] })}</dt>
        <dd>
          <span className="key-value">{format.integer(run.value.chokepointsOpen[0]!)}</span>
        </dd>
      </div>
    </dl>
  );
}
