import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_RANGES } from '../../../../shared/domain/inputs';
import { NumberField } from '../../components/NumberField';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import type { CellRef } from '../../store';
import { setInputSchedule } from '../../store/scenario-edits';
import { ApplyToSectors } from './ApplyToSectors';
import { fieldScale, formatInputValue, INPUT_STEP, isMultiple } from './input-format';
import { ScheduleChart } from './ScheduleChart';
import type { ScheduleShape, ShapeKind } from './schedule-shape';
import { clampShape, convertShape, scheduleOf } from './schedule-shape';
import { useCatalogue, useCell } from './use-cell';

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
  const { schedule, fallback, shape, baseYear, horizon } = useCell(cell.sector, cell.input);
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

  const commit = (next: ScheduleShape, group: string) =>
    editScenario((scenario) => setInputSchedule(scenario, cell.sector, cell.input, scheduleOf(clampShape(next, range, baseYear, horizon), baseYear)), `schedule:${cell.sector}:${cell.input}:${group}`);
  const valueField = (label: string, value: number, apply: (value: number) => ScheduleShape, group: string) => (
    <NumberField label={label} value={value} min={range.min} max={range.max} step={step} scale={scale} suffix={suffix} invalidMessage={t('schedule.invalidValue', { min: formatInputValue(cell.input, range.min, format), max: formatInputValue(cell.input, range.max, format) })} onCommit={(v) => commit(apply(v), group)} />
  );
  const yearField = (label: string, value: number, min: number, max: number, apply: (year: number) => ScheduleShape, group: string) => (
    <NumberField label={label} value={value} min={min} max={max} step={1} integer invalidMessage={t('schedule.invalidYear', { min, max })} onCommit={(v) => commit(apply(v), group)} />
  );
  const description = t('schedule.chartDescription', {
    input: inputName,
    sector: sectorName,
    summary: t(`schedule.summary.${shape.kind}`, summaryParams(shape, cell.input, format)),
  });

  return (
    <section className="schedule-editor" aria-labelledby="schedule-title">
      <div className="section-header">
        <h2 id="schedule-title" className="section-title">
          {t('schedule.title', { input: inputName, sector: sectorName })}
        </h2>
        <div className="section-actions">
          <button type="button" className="button button-small" onClick={() => editScenario((scenario) => setInputSchedule(scenario, cell.sector, cell.input, undefined))} disabled={schedule === undefined}>
            {t('schedule.reset', { value: formatInputValue(cell.input, fallback, format) })}
          </button>
          <button type="button" className="button button-small" aria-expanded={applying} onClick={() => setApplying(!applying)}>
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
                <input type="radio" name={`shape-${cell.sector}-${cell.input}`} checked={shape.kind === kind} onChange={() => commit(convertShape(shape, kind, baseYear, horizon), 'kind')} />
                {t(`schedule.kinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          <div className="shape-fields">
            {shape.kind === 'constant' ? valueField(t('schedule.value'), shape.value, (value) => ({ ...shape, value }), 'value') : null}
            {shape.kind === 'step' ? (
              <>
                {valueField(t('schedule.before', { year: baseYear }), shape.from, (from) => ({ ...shape, from }), 'from')}
                {yearField(t('schedule.stepYear'), shape.year, baseYear + 1, lastYear, (year) => ({ ...shape, year }), 'year')}
                {valueField(t('schedule.after'), shape.to, (to) => ({ ...shape, to }), 'to')}
              </>
            ) : null}
            {shape.kind === 'ramp' ? (
              <>
                {valueField(t('schedule.startValue'), shape.from, (from) => ({ ...shape, from }), 'from')}
                {yearField(t('schedule.startYear'), shape.startYear, baseYear, shape.endYear - 1, (startYear) => ({ ...shape, startYear }), 'start')}
                {yearField(t('schedule.endYear'), shape.endYear, shape.startYear + 1, lastYear, (endYear) => ({ ...shape, endYear }), 'end')}
                {valueField(t('schedule.endValue'), shape.to, (to) => ({ ...shape, to }), 'to')}
              </>
            ) : null}
            {shape.kind === 'custom'
              ? shape.points.map((point, i) => (
                  <span key={point.year}>
                    {valueField(t('schedule.valueFrom', { year: point.year }), point.value, (value) => ({ kind: 'custom', points: shape.points.map((p, j) => (j === i ? { ...p, value } : p)) }), `point-${i}`)}
                  </span>
                ))
              : null}
          </div>
        </div>
        <ScheduleChart input={cell.input} shape={shape} fallback={fallback} frame={frame} step={step} format={format} description={description} onChange={(next, drag) => commit(next, drag)} />
      </div>
      {applying ? <ApplyToSectors cell={cell} onDone={() => setApplying(false)} /> : null}
    </section>
  );
}

function summaryParams(shape: ScheduleShape, input: CellRef['input'], format: ReturnType<typeof useFormatters>): Record<string, string> {
  const v = (value: number) => formatInputValue(input, value, format);
  switch (shape.kind) {
    case 'constant':
      return { value: v(shape.value) };
    case 'step':
      return { from: v(shape.from), to: v(shape.to), year: String(shape.year) };
    case 'ramp':
      return { from: v(shape.from), to: v(shape.to), start: String(shape.startYear), end: String(shape.endYear) };
    case 'custom':
      return { count: String(shape.points.length), to: v(shape.points[shape.points.length - 1]?.value ?? 0) };
  }
}
