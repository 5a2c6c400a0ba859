import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/catalogue/types';
import { LEVER_IDS } from '../../../../shared/domain/inputs';
import type { ScenarioSummary } from '../../api-types';
import type { TargetTiming } from '../../../../shared/optimize';
import type { PlanForm, TargetKind, TargetRow } from './plan-form';
import { NEW_TARGET, TARGET_KINDS, TARGET_TIMINGS } from './plan-form';
import type { usePlanNames } from './use-plan-names';

interface PlanQuestionProps {
  readonly form: PlanForm;
  readonly onChange: (form: PlanForm) => void;
  readonly scenarios: readonly ScenarioSummary[];
  readonly catalogue: Catalogue | undefined;
  readonly names: ReturnType<typeof usePlanNames>;
  readonly running: boolean;
  readonly onFind: () => void;
  readonly onCancel: () => void;
}

const toggled = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];

/** The question: the world, the targets, the confidence, the levers and sectors allowed, the budget. */
export function PlanQuestion({
  form,
  onChange,
  scenarios,
  catalogue,
  names,
  running,
  onFind,
  onCancel,
}: PlanQuestionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const sectorIds = catalogue?.sectors.map((sector) => sector.id) ?? [];
  const setTarget = (index: number, change: Partial<TargetRow>) =>
    onChange({
      ...form,
      targets: form.targets.map((row, i) => (i === index ? { ...row, ...change } : row)),
    });

  return (
    <form
      className="plan-question"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!running) onFind();
      }}
    >
      <h2 id={headingId}>{t('plan.form')}</h2>
      <label className="plan-field">
        <span>{t('plan.start')}</span>
        <select value={form.startId} onChange={(event) => onChange({ ...form, startId: event.target.value })}>
          <option value="" disabled>
            {t('plan.chooseStart')}
          </option>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="plan-targets">
        <legend>{t('plan.targets.heading')}</legend>
        {form.targets.map((row, i) => {
          const n = i + 1;
          const share = row.kind !== 'chokepoints';
          return (
            <div className="plan-target" key={i} data-testid="plan-target">
              <select
                aria-label={t('plan.targets.what', { n })}
                value={row.kind}
                onChange={(event) => setTarget(i, { kind: event.target.value as TargetKind })}
              >
                {TARGET_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`plan.targets.kinds.${kind}`)}
                  </option>
                ))}
              </select>
              {row.kind === 'S' || row.kind === 'C' ? (
                <select
                  aria-label={t('plan.targets.sector', { n })}
                  value={row.sector}
                  onChange={(event) => setTarget(i, { sector: event.target.value })}
                >
                  {sectorIds.map((id) => (
                    <option key={id} value={id}>
                      {names.sectorName(id)}
                    </option>
                  ))}
                </select>
              ) : null}
              <span className="plan-number">
                <input
                  type="number"
                  aria-label={t('plan.targets.value', { n })}
                  value={row.value}
                  min={share ? 1 : 0}
                  max={share ? 100 : 35}
                  step={share ? 1 : 1}
                  onChange={(event) => setTarget(i, { value: event.target.value })}
                />
                {share ? <span aria-hidden="true">%</span> : null}
              </span>
              <select
                aria-label={t('plan.targets.timing', { n })}
                value={row.timing}
                onChange={(event) => setTarget(i, { timing: event.target.value as TargetTiming })}
              >
                {TARGET_TIMINGS.map((timing) => (
                  <option key={timing} value={timing}>
                    {t(`plan.targets.timings.${timing}`)}
                  </option>
                ))}
              </select>
              <input
                type="number"
                className="plan-year"
                aria-label={t(row.timing === 'at' ? 'plan.targets.yearAt' : 'plan.targets.year', { n })}
                value={row.year}
                step={1}
                onChange={(event) => setTarget(i, { year: event.target.value })}
              />
              {form.targets.length > 1 ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onChange({ ...form, targets: form.targets.filter((_, j) => j !== i) })}
                >
                  {t('plan.targets.remove', { n })}
                </button>
              ) : null}
            </div>
          );
        })}
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            onChange({
              ...form,
              targets: [...form.targets, NEW_TARGET],
            })
          }
        >
          {t('plan.targets.add')}
        </button>
      </fieldset>

      <div className="plan-numbers">
        <label className="plan-field">
          <span>{t('plan.confidence')}</span>
          <input
            type="number"
            min={1}
            max={99}
            step={1}
            value={form.confidence}
            onChange={(event) => onChange({ ...form, confidence: event.target.value })}
          />
        </label>
        <label className="plan-field">
          <span>{t('plan.draws')}</span>
          <input
            type="number"
            min={20}
            max={5000}
            step={10}
            value={form.draws}
            onChange={(event) => onChange({ ...form, draws: event.target.value })}
          />
        </label>
        <label className="plan-field">
          <span>{t('plan.budget')}</span>
          <input
            type="number"
            step="any"
            value={form.budget}
            onChange={(event) => onChange({ ...form, budget: event.target.value })}
          />
        </label>
      </div>

      <fieldset className="plan-checks">
        <legend>{t('plan.levers')}</legend>
        {LEVER_IDS.map((lever) => (
          <label key={lever} className="plan-check">
            <input
              type="checkbox"
              checked={form.levers.includes(lever)}
              onChange={() => onChange({ ...form, levers: toggled(form.levers, lever) })}
            />
            <span>{names.leverName(lever)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="plan-checks">
        <legend>{t('plan.sectors')}</legend>
        <p className="plan-hint">{t('plan.sectorsHint')}</p>
        {sectorIds.map((id) => (
          <label key={id} className="plan-check">
            <input
              type="checkbox"
              checked={form.sectors.includes(id)}
              onChange={() => onChange({ ...form, sectors: toggled(form.sectors, id) })}
            />
            <span>{names.sectorName(id)}</span>
          </label>
        ))}
      </fieldset>

      <div className="plan-actions">
        <button type="submit" className="button button-primary" disabled={running || form.startId === ''}>
          {t('plan.find')}
        </button>
        <button type="button" className="button" disabled={!running} onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}
