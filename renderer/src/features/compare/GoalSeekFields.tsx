import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText } from '../../../../shared/charts';
import type { ComparedScenario } from '../../../../shared/compare';
import type { LeverId } from '../../../../shared/domain/inputs';
import { LEVER_IDS } from '../../../../shared/domain/inputs';
import { NumberField } from '../../components/NumberField';
import type { GoalSeekForm } from './goal-seek-form';

interface GoalSeekFieldsProps {
  readonly form: GoalSeekForm;
  readonly onChange: (patch: Partial<GoalSeekForm>) => void;
  readonly scenarios: readonly ComparedScenario[];
  readonly sectorIds: readonly string[];
  readonly years: readonly number[];
  readonly text: ChartText;
}

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The question: which scenario and lever, in which sectors from which year, and the target to reach. */
export function GoalSeekFields({ form, onChange, scenarios, sectorIds, years, text }: GoalSeekFieldsProps) {
  const { t } = useTranslation();
  const yearOptions = years.map((year) => [String(year), String(year)] as const);
  const sectorOptions = sectorIds.map((id) => [id, text.sectorName(id)] as const);
  const toggleSector = (id: string) =>
    onChange({
      sectors: form.sectors.includes(id)
        ? form.sectors.filter((entry) => entry !== id)
        : [...form.sectors, id],
    });
  return (
    <div className="compare-goal-fields">
      <fieldset className="compare-goal-group">
        <legend>{t('compare.goal.change')}</legend>
        <Select
          label={t('compare.goal.scenario')}
          value={form.scenarioId}
          onChange={(scenarioId) => onChange({ scenarioId })}
          options={scenarios.map((scenario) => [scenario.id, scenario.label] as const)}
        />
        <Select
          label={t('compare.goal.lever')}
          value={form.lever}
          onChange={(lever) => onChange({ lever: lever as LeverId })}
          options={LEVER_IDS.map((id) => [id, t(`inputs.${id}.name`)] as const)}
        />
        <Select
          label={t('compare.goal.fromYear')}
          value={String(form.fromYear)}
          onChange={(year) => onChange({ fromYear: Number(year) })}
          options={yearOptions}
        />
        <fieldset className="compare-goal-sectors">
          <legend className="field-label">{t('compare.goal.sectors')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.sectors.length === 0}
              onChange={(event) => onChange({ sectors: event.target.checked ? [] : [form.targetSector] })}
            />
            <span>{t('compare.goal.allSectors')}</span>
          </label>
          {form.sectors.length
            ? sectorIds.map((id) => (
                <label key={id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.sectors.includes(id)}
                    onChange={() => toggleSector(id)}
                  />
                  <span>{text.sectorName(id)}</span>
                </label>
              ))
            : null}
        </fieldset>
      </fieldset>
      <fieldset className="compare-goal-group">
        <legend>{t('compare.goal.target')}</legend>
        <Select
          label={t('compare.goal.targetSector')}
          value={form.targetSector}
          onChange={(targetSector) => onChange({ targetSector })}
          options={sectorOptions}
        />
        <Select
          label={t('compare.goal.variable')}
          value={form.variable}
          onChange={(variable) => onChange({ variable: variable as 'S' | 'C' })}
          options={[
            ['S', t('compare.sectors.selfReliance')],
            ['C', t('compare.sectors.capability')],
          ]}
        />
        <NumberField
          label={t('compare.goal.value')}
          value={form.value}
          min={0}
          max={1}
          step={0.01}
          scale={100}
          suffix="%"
          invalidMessage={t('compare.goal.invalidValue')}
          onCommit={(value) => onChange({ value })}
        />
        <Select
          label={t('compare.goal.byYear')}
          value={String(form.byYear)}
          onChange={(year) => onChange({ byYear: Number(year) })}
          options={yearOptions}
        />
      </fieldset>
    </div>
  );
}
