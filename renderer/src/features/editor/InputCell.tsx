import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputId } from '../../../../shared/domain/inputs';
import { INPUT_RANGES } from '../../../../shared/domain/inputs';
import { noteInput } from '../../app/perf';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { setInputSchedule } from '../../store/scenario-edits';
import { formatInputValue, INPUT_STEP } from './input-format';
import type { ScheduleShape } from './schedule-shape';
import { clampShape, finalValue, scheduleOf, withFinalValue, yearlyValues } from './schedule-shape';
import { useCell } from './use-cell';

interface InputCellProps {
  readonly sector: string;
  readonly sectorName: string;
  readonly input: InputId;
}

/** A tiny sparkline of a non-constant schedule (decorative: the value text says the same). */
function Sparkline({ shape, baseYear, horizon, min, max }: { shape: ScheduleShape; baseYear: number; horizon: number; min: number; max: number }) {
  const values = yearlyValues(shape, baseYear, horizon);
  const points = values.map((value, i) => `${(i / horizon) * 40},${10 - ((value - min) / (max - min || 1)) * 10}`).join(' ');
  return (
    <svg className="sparkline" width="40" height="10" viewBox="0 -1 40 12" aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/**
 * One grid cell: a slider for the value the input ends at (timing is kept; an unset input gets a step
 * in the year after the base year, which is history). Its accessible name is "<lever> — <sector>".
 */
export const InputCell = memo(function InputCell({ sector, sectorName, input }: InputCellProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { schedule, fallback, shape, baseYear, horizon } = useCell(sector, input);
  const selected = useApp((state) => state.selectedCell?.sector === sector && state.selectedCell.input === input);
  const selectCell = useApp((state) => state.selectCell);
  const editScenario = useApp((state) => state.editScenario);
  const range = INPUT_RANGES[input];
  const value = finalValue(shape);
  const shown = formatInputValue(input, value, format);
  const select = () => {
    if (!selected) selectCell({ sector, input });
  };
  const change = (next: number) => {
    const base: ScheduleShape = schedule === undefined ? { kind: 'step', from: fallback, to: next, year: baseYear + 1 } : withFinalValue(shape, next);
    editScenario((scenario) => setInputSchedule(scenario, sector, input, scheduleOf(clampShape(base, range, baseYear, horizon), baseYear)), `cell:${sector}:${input}`);
  };
  const valueText =
    shape.kind === 'step' && schedule !== undefined
      ? t('cell.valueStep', { value: shown, year: shape.year, from: formatInputValue(input, shape.from, format) })
      : shape.kind === 'ramp'
        ? t('cell.valueRamp', { value: shown, start: shape.startYear, end: shape.endYear, from: formatInputValue(input, shape.from, format) })
        : schedule === undefined
          ? t('cell.valueDefault', { value: shown })
          : shown;
  return (
    <td className={`input-cell ${selected ? 'input-cell-selected' : ''} ${schedule === undefined ? '' : 'input-cell-set'}`} onPointerDown={select}>
      <input
        type="range"
        className="cell-slider"
        min={range.min}
        max={range.max}
        step={INPUT_STEP[input]}
        value={value}
        aria-label={t('editor.cellLabel', { lever: t(`inputs.${input}.name`), sector: sectorName })}
        aria-valuetext={valueText}
        onFocus={select}
        onChange={(event) => {
          noteInput(event.nativeEvent.timeStamp);
          performance.mark('dbg-a', { startTime: event.nativeEvent.timeStamp });
          performance.mark('dbg-a2');
          change(Number(event.target.value));
          performance.mark('dbg-b');
          queueMicrotask(() => performance.mark('dbg-b2'));
          setTimeout(() => performance.mark('dbg-c'), 0);
        }}
      />
      <span className="cell-value" aria-hidden="true">
        {shown}
        {schedule !== undefined && shape.kind !== 'constant' ? <Sparkline shape={shape} baseYear={baseYear} horizon={horizon} min={range.min} max={range.max} /> : null}
      </span>
    </td>
  );
});
