import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalSeekAnswer } from '../../../../shared/engine/goal-seek';
import { useApp } from '../../store';
import type { SectionProps } from './chart-props';
import { describeGoalSeek } from './describe-goal-seek';
import type { GoalSeekForm } from './goal-seek-form';
import { goalSeekRequest, initialGoalSeek } from './goal-seek-form';
import { GoalSeekAnswerView } from './GoalSeekAnswerView';
import { GoalSeekFields } from './GoalSeekFields';
import { useCompareEngine } from './use-compare-engine';

type Outcome = { readonly asked: GoalSeekForm } & (
  | { readonly kind: 'answer'; readonly answer: GoalSeekAnswer }
  | { readonly kind: 'error'; readonly message: string }
);

/**
 * Goal seek: the least value of a lever (in some sectors, from a year on) that brings a sector to a
 * target by a year, solved by the engine in the worker, with an action that saves the scenario with
 * that value as a copy in the library and adds it to the comparison.
 */
export const GoalSeekSection = memo(function GoalSeekSection({
  ready,
  text,
}: Pick<SectionProps, 'ready' | 'text'>) {
  const { t } = useTranslation();
  const headingId = useId();
  const engine = useCompareEngine();
  const docs = useApp((state) => state.compareDocs);
  const createScenario = useApp((state) => state.createScenario);
  const toggleCompared = useApp((state) => state.toggleCompareScenario);
  const compared = useApp((state) => state.compare.ids.length);
  const notify = useApp((state) => state.notify);
  const navigate = useApp((state) => state.navigate);
  const { model } = ready;
  const [form, setForm] = useState(() =>
    initialGoalSeek(model.referenceId, model.trajectories.sectorIds, model.trajectories.years),
  );
  const [solving, setSolving] = useState(false);
  const [applying, setApplying] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const scenarioId = model.scenarios.some((scenario) => scenario.id === form.scenarioId)
    ? form.scenarioId
    : model.referenceId;
  const label = (id: string) => model.scenarios.find((scenario) => scenario.id === id)?.label ?? id;

  const solve = async () => {
    const asked = { ...form, scenarioId };
    const scenario = docs[scenarioId];
    if (!scenario) return;
    setSolving(true);
    const result = await engine.goalSeek(scenario, goalSeekRequest(asked, model.trajectories.sectorIds));
    setSolving(false);
    setOutcome(
      result.ok
        ? { asked, kind: 'answer', answer: result.value }
        : { asked, kind: 'error', message: describeGoalSeek(result.error, t) },
    );
  };

  const apply = async () => {
    if (outcome?.kind !== 'answer') return;
    setApplying(true);
    const name = t('compare.goal.copyName', { name: label(outcome.asked.scenarioId) });
    const id = await createScenario(outcome.answer.scenario, name);
    setApplying(false);
    if (!id) return;
    if (compared < 4) toggleCompared(id);
    notify({
      tone: 'success',
      kind: 'text',
      key: compared < 4 ? 'compare.goal.appliedCompared' : 'compare.goal.applied',
      params: { name },
      action: { labelKey: 'compare.goal.openCopy', run: () => navigate({ view: 'editor', id }) },
    });
  };

  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('compare.goal.heading')}
      </h2>
      <p className="section-intro">{t('compare.goal.intro')}</p>
      <form
        className="compare-goal"
        onSubmit={(event) => {
          event.preventDefault();
          void solve();
        }}
      >
        <GoalSeekFields
          form={{ ...form, scenarioId }}
          onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
          scenarios={model.scenarios}
          sectorIds={model.trajectories.sectorIds}
          years={model.trajectories.years}
          text={text}
        />
        <div className="section-actions">
          <button type="submit" className="button button-primary" disabled={solving}>
            {solving ? t('compare.goal.solving') : t('compare.goal.solve')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="compare-goal-result">
        {outcome?.kind === 'answer' ? (
          <GoalSeekAnswerView
            answer={outcome.answer}
            asked={outcome.asked}
            text={text}
            onApply={() => void apply()}
            applying={applying}
          />
        ) : null}
        {outcome?.kind === 'error' ? <p className="error-text">{outcome.message}</p> : null}
      </div>
    </section>
  );
});
