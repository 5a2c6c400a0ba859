import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_RANGES } from '../../../../shared/domain/inputs';
import { NumberField } from '../../components/NumberField';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import type { CellRef } from '../../store';
import { scenarioSchedule } from '../../../../shared/domain/scenario';
import { editInputShape } from '../../../../shared/domain/edit-input';
import { setInputSchedule } from '../../../../shared/domain/scenario-edits';
import { ApplyToSectors } from './ApplyToSectors';
import { fieldScale, formatInputValue, INPUT_STEP, isMultiple } from '../../components/input-format';
import { ScheduleChart } from './ScheduleChart';
import type { ScheduleShape, ShapeKind } from '../../../../shared/domain/schedule-shape';
import { convertShape } from '../../../../shared/domain/schedule-shape';
import { useCatalogue } from '../../store/use-catalogue';
import { cellDomId, SCHEDULE_SECTION_ID } from './grid-navigation';
import { useCell } from './use-cell';

const KINDS: readonly ShapeKind[] = ['constant', 'step', 'ramp'];

/**
 * The schedule of one input in one sector: a constant, a step at a year, or a linear ramp between two
 * years (files written by hand may hold other step lists: shown and editable point by point).
 */
export function ScheduleEditor({ cell }: { readonly cell: CellRef }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const editScenario = useApp((state) => state.editScenario);
  // The scenario's own schedule: resetting clears it (a restriction goes back to its packages, if any).
  const own = useApp((state) =>
    state.scenario ? scenarioSchedule(state.scenario, cell.sector, cell.input) : undefined,
  );
  const { fallback, shape, baseYear, horizon, read } = useCell(cell.sector, cell.input);
  const [applying, setApplying] = useState(false);
  const range = INPUT_RANGES[cell.input];
  const frame = useMemo(() => ({ baseYear, horizon, range }), [baseYear, horizon, range]);
  const sector = catalogue.sectors.find((entry) => entry.id === cell.sector);
  const sectorName = sector ? format.text(sector.name) : cell.sector;
  const inputName = t(`inputs.${cell.input}.name`);
  const lastYear = baseYear + horizon;
  const scale = fieldScale(cell.input);
  const suffix = isMultiple(cell.input) ? '×' : '%';
  const step = INPUT_STEP[cell.input];

  /** Applies `update` to the shape as it is in the store now. */
  const commit = (update: (current: ScheduleShape) => ScheduleShape, group: string) =>
    editScenario(
      (scenario) => editInputShape(scenario, catalogue, cell, update, read),
      `schedule:${cell.sector}:${cell.input}:${group}`,
    );
  type Update = (current: ScheduleShape, value: number) => ScheduleShape;
  const valueField = (label: string, value: number, apply: Update, group: string) => (
    <NumberField
      label={label}
      value={value}
      min={range.min}
      max={range.max}
      step={step}
      scale={scale}
      suffix={suffix}
      invalidMessage={t('schedule.invalidValue', {
        min: formatInputValue(cell.input, range.min, format),
        max: formatInputValue(cell.input, range.max, format),
      })}
      onCommit={(v) => commit((current) => apply(current, v), group)}
    />
  );
  const yearField = (
    label: string,
    value: number,
    min: number,
    max: number,
    apply: Update,
    group: string,
  ) => (
    <NumberField
      label={label}
      value={value}
      min={min}
      max={max}
      step={1}
      integer
      invalidMessage={t('schedule.invalidYear', { min, max })}
      onCommit={(v) => commit((current) => apply(current, v), group)}
    />
  );
  const description = t('schedule.chartDescription', {
    input: inputName,
    sector: sectorName,
    summary: t(`schedule.summary.${shape.kind}`, summaryParams(shape, cell.input, format)),
  });

  return (
    <section
      id={SCHEDULE_SECTION_ID}
      className="schedule-editor"
      aria-labelledby="schedule-title"
      tabIndex={-1}
      onKeyDown={(event) => {
        // Escape hands the focus back to the grid cell the schedule belongs to.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        document.getElementById(cellDomId(cell.sector, cell.input))?.focus();
      }}
    >
      <div className="section-header">
        <h2 id="schedule-title" className="section-title">
          {t('schedule.title', { input: inputName, sector: sectorName })}
        </h2>
        <div className="section-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              editScenario((scenario) => setInputSchedule(scenario, cell.sector, cell.input, undefined))
            }
            disabled={own === undefined}
          >
            {t('schedule.reset', { value: formatInputValue(cell.input, fallback, format) })}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-expanded={applying}
            onClick={() => setApplying(!applying)}
          >
            {t('schedule.applyOpen')}
          </button>
        </div>
      </div>
      <div className="schedule-body">
        <div className="schedule-fields">
          <fieldset className="shape-kinds">
            <legend>{t('schedule.shape')}</legend>
            {[...KINDS, ...(shape.kind === 'custom' ? (['custom'] as const) : [])].map((kind) => (
              <label key={kind} className="radio">
                <input
                  type="radio"
                  name={`shape-${cell.sector}-${cell.input}`}
                  checked={shape.kind === kind}
                  onChange={() => commit((current) => convertShape(current, kind, baseYear, horizon), 'kind')}
                />
                {t(`schedule.kinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          <div className="shape-fields">
            {shape.kind === 'constant'
              ? valueField(
                  t('schedule.value'),
                  shape.value,
                  (current, value) => (current.kind === 'constant' ? { ...current, value } : current),
                  'value',
                )
              : null}
            {shape.kind === 'step' ? (
              <>
                {valueField(
                  t('schedule.before', { year: baseYear }),
                  shape.from,
                  (current, from) => (current.kind === 'step' ? { ...current, from } : current),
                  'from',
                )}
                {yearField(
                  t('schedule.stepYear'),
                  shape.year,
                  baseYear + 1,
                  lastYear,
                  (current, year) => (current.kind === 'step' ? { ...current, year } : current),
                  'year',
                )}
                {valueField(
                  t('schedule.after'),
                  shape.to,
                  (current, to) => (current.kind === 'step' ? { ...current, to } : current),
                  'to',
                )}
              </>
            ) : null}
            {shape.kind === 'ramp' ? (
              <>
                {valueField(
                  t('schedule.startValue'),
                  shape.from,
                  (current, from) => (current.kind === 'ramp' ? { ...current, from } : current),
                  'from',
                )}
                {yearField(
                  t('schedule.startYear'),
                  shape.startYear,
                  baseYear,
                  shape.endYear - 1,
                  (current, startYear) => (current.kind === 'ramp' ? { ...current, startYear } : current),
                  'start',
                )}
                {yearField(
                  t('schedule.endYear'),
                  shape.endYear,
                  shape.startYear + 1,
                  lastYear,
                  (current, endYear) => (current.kind === 'ramp' ? { ...current, endYear } : current),
                  'end',
                )}
                {valueField(
                  t('schedule.endValue'),
                  shape.to,
                  (current, to) => (current.kind === 'ramp' ? { ...current, to } : current),
                  'to',
                )}
              </>
            ) : null}
            {shape.kind === 'custom'
              ? shape.points.map((point, i) => (
                  <span key={point.year}>
                    {valueField(
                      t('schedule.valueFrom', { year: point.year }),
                      point.value,
                      (current, value) =>
                        current.kind === 'custom'
                          ? {
                              kind: 'custom',
                              points: current.points.map((p, j) => (j === i ? { ...p, value } : p)),
                            }
                          : current,
                      `point-${i}`,
                    )}
                  </span>
                ))
              : null}
          </div>
        </div>
        <ScheduleChart
          input={cell.input}
          shape={shape}
          fallback={fallback}
          frame={frame}
          step={step}
          format={format}
          description={description}
          onChange={(next, drag) => commit(() => next, drag)}
        />
      </div>
      {applying ? <ApplyToSectors cell={cell} onDone={() => setApplying(false)} /> : null}
    </section>
  );
}

function summaryParams(
  shape: ScheduleShape,
  input: CellRef['input'],
  format: ReturnType<typeof useFormatters>,
): Record<string, string> {
  const v = (value: number) => formatInputValue(input, value, format);
  switch (shape.kind) {
    case 'constant':
      return { value: v(shape.value) };
    case 'step':
      return { from: v(shape.from), to: v(shape.to), year: String(shape.year) };
    case 'ramp':
      return {
        from: v(shape.from),
        to: v(shape.to),
        start: String(shape.startYear),
        end: String(shape.endYear),
      };
    case 'custom':
      return { count: String(shape.points.length), to: v(shape.points[shape.points.length - 1]?.value ?? 0) };
  }
}
