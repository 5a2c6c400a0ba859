import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_YEAR_MAX, STEP_YEAR_MIN } from '../../../../shared/domain/schedule-issues';
import type { StepPoint } from '../../../../shared/domain/schedule';
import type { RestrictionPackage } from '../../../../shared/packages/restriction-package';
import { Modal } from '../../components/Modal';
import { NumberField } from '../../components/NumberField';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import './packages.css';

interface SectorDraft {
  readonly sector: string;
  readonly steps: readonly StepPoint[];
}

interface PackageDialogProps {
  readonly title: string;
  readonly intro?: string;
  /** The package to start from: a new one's defaults, the one being edited, or a scenario's restrictions. */
  readonly initial: RestrictionPackage;
  /** For an edit: the revision edited, and the scenarios that apply the package (they record the edit). */
  readonly revision?: number;
  readonly usedBy?: readonly { readonly name: string }[];
  readonly onSaved: (entry: RestrictionPackage) => void;
  readonly onClose: () => void;
}

const CONFIDENCES = ['H', 'M', 'L'] as const;

function sectorsOf(entry: RestrictionPackage): SectorDraft[] {
  return Object.entries(entry.sectors).map(([sector, inputs]) => ({
    sector,
    steps:
      typeof inputs.restriction === 'number'
        ? [{ year: entry.year, value: inputs.restriction }]
        : inputs.restriction,
  }));
}

/** Steps in year order, one per year (a later edit of a year wins). */
function tidy(steps: readonly StepPoint[]): StepPoint[] {
  const byYear = new Map(steps.map((step) => [step.year, step.value]));
  return [...byYear].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value }));
}

/**
 * A restriction package's name, date, source and per-sector levels: new, edited (its users named, as
 * their history will record the edit), or made from a scenario's restrictions. Nothing is written
 * until Save; the library checks what it is given and says what is wrong.
 */
export function PackageDialog({
  title,
  intro,
  initial,
  revision,
  usedBy,
  onSaved,
  onClose,
}: PackageDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const savePackage = useApp((state) => state.savePackage);
  const ids = { name: useId(), description: useId(), source: useId(), confidence: useId() };
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description ?? '');
  const [source, setSource] = useState(initial.source);
  const [confidence, setConfidence] = useState<string>(initial.confidence ?? '');
  const [year, setYear] = useState(initial.year);
  const [month, setMonth] = useState<number | undefined>(initial.month);
  const [sectors, setSectors] = useState<SectorDraft[]>(() => sectorsOf(initial));
  const [saving, setSaving] = useState(false);

  const sectorName = (id: string) => {
    const found = catalogue.sectors.find((sector) => sector.id === id);
    return found ? format.text(found.name) : id;
  };
  const problem =
    name.trim() === ''
      ? t('packages.dialog.needsName')
      : source.trim() === ''
        ? t('packages.dialog.needsSource')
        : sectors.length === 0
          ? t('packages.dialog.needsSector')
          : sectors.some((entry) => (entry.steps[0]?.year ?? year) < year)
            ? t('packages.dialog.stepBeforeYear')
            : null;
  const unused = catalogue.sectors.filter((sector) => !sectors.some((entry) => entry.sector === sector.id));
  const update = (index: number, next: SectorDraft) =>
    setSectors((current) => current.map((entry, i) => (i === index ? next : entry)));

  const save = async () => {
    if (problem !== null) return;
    const entry: RestrictionPackage = {
      id: initial.id,
      name: name.trim(),
      ...(description.trim() === '' ? {} : { description: description.trim() }),
      year,
      ...(month === undefined ? {} : { month }),
      source: source.trim(),
      ...(confidence === '' ? {} : { confidence: confidence as 'H' | 'M' | 'L' }),
      sectors: Object.fromEntries(sectors.map((draft) => [draft.sector, { restriction: tidy(draft.steps) }])),
    };
    setSaving(true);
    const saved = await savePackage(entry, revision);
    setSaving(false);
    if (saved) onSaved(entry);
  };

  return (
    <Modal
      title={title}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={problem !== null || saving}
            onClick={() => void save()}
          >
            {t('packages.dialog.save')}
          </button>
        </>
      }
    >
      {intro ? <p>{intro}</p> : null}
      {usedBy && usedBy.length > 0 ? (
        <p className="package-users" role="note">
          {t('packages.dialog.usedBy', { names: format.list(usedBy.map((user) => `“${user.name}”`)) })}
        </p>
      ) : null}
      <div className="package-fields">
        <div className="field">
          <label htmlFor={ids.name} className="field-label">
            {t('packages.dialog.name')}
          </label>
          <input
            id={ids.name}
            data-autofocus
            className="text-input"
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="package-date">
          <NumberField
            label={t('packages.dialog.year')}
            value={year}
            min={STEP_YEAR_MIN}
            max={STEP_YEAR_MAX}
            step={1}
            integer
            invalidMessage={t('packages.dialog.invalidYear')}
            onCommit={setYear}
          />
          <NumberField
            label={t('packages.dialog.month')}
            value={month}
            min={1}
            max={12}
            step={1}
            integer
            invalidMessage={t('packages.dialog.invalidMonth')}
            onCommit={setMonth}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.source} className="field-label">
            {t('packages.dialog.source')}
          </label>
          <input
            id={ids.source}
            className="text-input"
            value={source}
            maxLength={2000}
            onChange={(event) => setSource(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.confidence} className="field-label">
            {t('packages.dialog.confidence')}
          </label>
          <select
            id={ids.confidence}
            value={confidence}
            onChange={(event) => setConfidence(event.target.value)}
          >
            <option value="">{t('packages.dialog.confidenceNone')}</option>
            {CONFIDENCES.map((level) => (
              <option key={level} value={level}>
                {t(`packages.dialog.confidence${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field package-description">
          <label htmlFor={ids.description} className="field-label">
            {t('packages.dialog.description')}
          </label>
          <textarea
            id={ids.description}
            className="text-input"
            rows={2}
            maxLength={10_000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
      </div>
      <h3 className="section-title">{t('packages.dialog.sectorsHeading')}</h3>
      <ul className="package-sectors">
        {sectors.map((draft, index) => {
          const label = sectorName(draft.sector);
          return (
            <li key={draft.sector} className="package-sector">
              <select
                aria-label={t('packages.dialog.sectorLabel', { n: index + 1 })}
                value={draft.sector}
                onChange={(event) => update(index, { ...draft, sector: event.target.value })}
              >
                {catalogue.sectors
                  .filter((sector) => sector.id === draft.sector || unused.includes(sector))
                  .map((sector) => (
                    <option key={sector.id} value={sector.id}>
                      {format.text(sector.name)}
                    </option>
                  ))}
              </select>
              <div className="package-steps">
                {draft.steps.map((step, n) => (
                  <span key={n} className="package-step">
                    <NumberField
                      label={t('packages.dialog.stepYear', { sector: label, n: n + 1 })}
                      hideLabel
                      value={step.year}
                      min={year}
                      max={STEP_YEAR_MAX}
                      step={1}
                      integer
                      invalidMessage={t('packages.dialog.stepBeforeYear')}
                      onCommit={(value) =>
                        update(index, {
                          ...draft,
                          steps: tidy(draft.steps.map((s, i) => (i === n ? { ...s, year: value } : s))),
                        })
                      }
                    />
                    <NumberField
                      label={t('packages.dialog.stepValue', { sector: label, n: n + 1 })}
                      hideLabel
                      value={step.value}
                      min={0}
                      max={1}
                      step={0.05}
                      scale={100}
                      suffix="%"
                      invalidMessage={t('packages.dialog.invalidValue')}
                      onCommit={(value) =>
                        update(index, {
                          ...draft,
                          steps: draft.steps.map((s, i) => (i === n ? { ...s, value } : s)),
                        })
                      }
                    />
                    {draft.steps.length > 1 ? (
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={t('packages.dialog.removeStep', { sector: label, n: n + 1 })}
                        onClick={() =>
                          update(index, { ...draft, steps: draft.steps.filter((_, i) => i !== n) })
                        }
                      >
                        ×
                      </button>
                    ) : null}
                  </span>
                ))}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    const last = draft.steps[draft.steps.length - 1];
                    const next = {
                      year: Math.min(STEP_YEAR_MAX, (last?.year ?? year - 1) + 1),
                      value: last?.value ?? 0,
                    };
                    update(index, { ...draft, steps: tidy([...draft.steps, next]) });
                  }}
                >
                  {t('packages.dialog.addStep', { sector: label })}
                </button>
              </div>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t('packages.dialog.removeSector', { sector: label })}
                onClick={() => setSectors((current) => current.filter((_, i) => i !== index))}
              >
                {t('packages.editor.removeShort')}
              </button>
            </li>
          );
        })}
      </ul>
      {unused.length > 0 ? (
        <button
          type="button"
          className="button button-small package-add-sector"
          onClick={() => {
            const sector = unused[0]!;
            setSectors((current) => [
              ...current,
              { sector: sector.id, steps: [{ year, value: sector.data.r0 }] },
            ]);
          }}
        >
          {t('packages.dialog.addSector')}
        </button>
      ) : null}
      {problem !== null ? (
        <p className="field-error" role="status">
          {problem}
        </p>
      ) : null}
    </Modal>
  );
}
