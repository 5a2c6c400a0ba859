import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCatalogue, DEFAULT_CATALOGUE_ID } from '../../../../shared/catalogue';
import { planFrontierOption } from '../../../../shared/charts/plan-option';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { OptimizeError, Target } from '../../../../shared/optimize';
import { formatTarget, planScenario } from '../../../../shared/optimize';
import { call } from '../../api';
import { useApp, useAppStore } from '../../store';
import { runnableScenario } from '../../sim/runnable-scenario';
import { useChartTheme } from '../../components/use-chart-theme';
import { PlanAnswerView } from './PlanAnswerView';
import { PlanBreaks } from './PlanBreaks';
import { PlanChart } from './PlanChart';
import { PlanFrontierTable } from './PlanFrontierTable';
import { PlanQuestion } from './PlanQuestion';
import type { PlanForm } from './plan-form';
import { formProblem, initialForm } from './plan-form';
import { usePlanNames } from './use-plan-names';
import { usePlanSearch } from './use-plan-search';
import './plan.css';

/** The world the search ran in, kept for saving the plan. */
interface Asked {
  readonly start: Scenario;
  readonly revision: number;
  readonly targets: readonly Target[];
}

const DEFAULT_START = 'Push under escalation';

/**
 * "Find a plan": the least-cost lever package that meets the targets with the asked confidence in the
 * world of a starting scenario, the frontier filling in as the search runs (in a worker of its own),
 * the package against the start, what breaks it, and "Save as scenario".
 */
export default function PlanView() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const items = useApp((state) => state.libraryItems);
  const loaded = useApp((state) => state.libraryLoaded);
  const refreshLibrary = useApp((state) => state.refreshLibrary);
  const store = useAppStore();
  const notify = useApp((state) => state.notify);
  const [form, setForm] = useState<PlanForm>(() => initialForm(''));
  const [asked, setAsked] = useState<Asked | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { state, find, cancel } = usePlanSearch();
  const catalogue = getCatalogue(asked?.start.catalogue ?? DEFAULT_CATALOGUE_ID);
  const names = usePlanNames(catalogue);
  const theme = useChartTheme('standard');

  useEffect(() => {
    if (!loaded) void refreshLibrary();
  }, [loaded, refreshLibrary]);
  // Until the user picks a world, the push under escalation (the standard question) or the first scenario.
  const shownForm: PlanForm =
    form.startId !== '' || items.length === 0
      ? form
      : { ...form, startId: (items.find((item) => item.name === DEFAULT_START) ?? items[0]!).id };

  const formats = useMemo(() => {
    const share = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    const money = new Intl.NumberFormat(i18n.language, {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    });
    return { percent: (value: number) => share.format(value), money: (value: number) => money.format(value) };
  }, [i18n.language]);

  const describeError = (error: OptimizeError): string => {
    switch (error.kind) {
      case 'engine':
        return t('plan.error.engine', { reason: t(`engineError.${error.error.kind}`, error.error.kind) });
      case 'confidence-needs-draws':
        return t('plan.error.confidence-needs-draws', { draws: error.draws });
      case 'unknown-sector':
        return error.suggestion !== undefined
          ? t('plan.error.unknown-sector-suggestion', { sector: error.sector, suggestion: error.suggestion })
          : t('plan.error.unknown-sector', { sector: error.sector, known: error.known.join(', ') });
      case 'budget-below-cheapest':
        return t('plan.error.budget-below-cheapest', {
          budget: formats.money(error.budget),
          cheapest: formats.money(error.cheapest),
        });
      default:
        return t(`plan.error.${error.kind}`, { ...error });
    }
  };

  const start = async () => {
    setFormError(null);
    const opened = await call('getScenario', { id: shownForm.startId });
    if (!opened.ok) {
      setFormError(t('plan.error.engine', { reason: opened.error.message }));
      return;
    }
    // The search runs the starting world as the engine does: its restriction packages applied.
    if (!store.getState().packagesLoaded) await store.getState().refreshPackages();
    const scenario = runnableScenario(opened.value.scenario, store.getState().libraryPackages);
    const problem = formProblem(shownForm, scenario);
    if ('invalid' in problem) {
      setFormError(t('plan.error.invalid', { n: problem.invalid }));
      return;
    }
    setAsked({ start: scenario, revision: opened.value.headRevision, targets: problem.targets });
    find(problem);
  };

  const save = async () => {
    if (state.phase !== 'done' || !asked) return;
    setSaving(true);
    const { result } = state.answer;
    const name = t('plan.planName', { name: asked.start.name });
    const scenario = planScenario(result, asked.start, asked.targets, {
      id: crypto.randomUUID(),
      now: new Date().toISOString(),
      name,
      description: t('plan.planDescription', {
        targets: asked.targets.map(formatTarget).join(', '),
        confidence: formats.percent(result.problem.confidence),
        draws: result.problem.draws,
        reached: formats.percent(result.confidence),
        cost: formats.money(result.cost),
      }),
      revision: asked.revision,
    });
    const saved = await call('saveScenario', { scenario });
    setSaving(false);
    if (!saved.ok) {
      notify({ tone: 'error', kind: 'api', context: 'library.error.create', error: saved.error });
      return;
    }
    await refreshLibrary();
    // The name the library gave it: numbered when a scenario of that name exists already.
    notify({ tone: 'success', kind: 'text', key: 'plan.saved', params: { name: saved.value.scenario.name } });
  };

  const progress = state.phase === 'running' || state.phase === 'failed' ? state.progress : undefined;
  const result = state.phase === 'done' ? state.answer.result : undefined;
  const frontier = useMemo(() => result?.frontier ?? progress?.frontier ?? [], [result, progress]);
  const askedConfidence = result?.problem.confidence ?? Number(form.confidence) / 100;
  const frontierOption = useMemo(() => {
    const byConfidence = [...frontier].sort((a, b) => a.confidence - b.confidence);
    const low = byConfidence[0];
    const high = byConfidence.at(-1);
    return planFrontierOption(
      {
        frontier,
        ...(result ? { plan: result, start: result.start } : {}),
        asked: askedConfidence,
      },
      {
        confidence: t('plan.frontier.confidence'),
        cost: t('plan.frontier.cost'),
        frontier: t('plan.frontier.line'),
        plan: t('plan.frontier.plan'),
        start: t('plan.frontier.start'),
        asked: t('plan.frontier.asked'),
        description:
          low && high
            ? t('plan.frontier.description', {
                count: frontier.length,
                lowConfidence: formats.percent(low.confidence),
                lowCost: formats.money(low.cost),
                highConfidence: formats.percent(high.confidence),
                highCost: formats.money(high.cost),
                asked: formats.percent(askedConfidence),
              })
            : t('plan.frontier.empty'),
      },
      theme,
    );
  }, [frontier, result, askedConfidence, formats, t, theme]);

  const status =
    state.phase === 'idle'
      ? t('plan.status.idle')
      : state.phase === 'running'
        ? t('plan.status.running', {
            central: progress?.centralRuns ?? 0,
            draws: progress?.drawRuns ?? 0,
            points: frontier.length,
          })
        : state.phase === 'done'
          ? t('plan.status.done', {
              central: state.answer.result.evaluations.centralRuns,
              draws: state.answer.result.evaluations.drawRuns,
            })
          : state.error.kind === 'cancelled'
            ? t('plan.status.cancelled')
            : '';

  return (
    <section className="view plan-view" aria-labelledby={headingId}>
      <div className="view-header">
        <h1 id={headingId} className="view-title">
          {t('plan.title')}
        </h1>
      </div>
      <p className="plan-intro">{t('plan.intro')}</p>
      <div className="plan-layout">
        <PlanQuestion
          form={shownForm}
          onChange={setForm}
          scenarios={items}
          catalogue={catalogue}
          names={names}
          running={state.phase === 'running'}
          onFind={() => void start()}
          onCancel={cancel}
        />
        <div className="plan-results">
          <p role="status" className="plan-status" data-phase={state.phase}>
            {status}
          </p>
          {formError ? (
            <p role="alert" className="plan-error">
              {formError}
            </p>
          ) : null}
          {state.phase === 'failed' && state.error.kind !== 'cancelled' ? (
            <p role="alert" className="plan-error">
              {describeError(state.error)}
            </p>
          ) : null}
          {state.phase !== 'idle' ? (
            <PlanChart
              option={frontierOption}
              caption={t('plan.frontier.caption')}
              height={280}
              testId="plan-frontier"
            />
          ) : null}
          {result ? (
            <PlanFrontierTable result={result} percent={formats.percent} money={formats.money} />
          ) : null}
          {state.phase === 'done' && asked ? (
            <>
              <PlanAnswerView
                answer={state.answer}
                targets={asked.targets}
                names={names}
                theme={theme}
                percent={formats.percent}
                money={formats.money}
                saving={saving}
                onSave={() => void save()}
              />
              <PlanBreaks
                box={state.answer.result.failureDrivers}
                confidence={state.answer.result.confidence}
                names={names}
                percent={formats.percent}
                theme={theme}
              />
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
