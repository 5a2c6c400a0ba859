import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputId } from '../../../../shared/domain/inputs';
import { INPUT_RANGES } from '../../../../shared/domain/inputs';
import { noteInput } from '../../perf';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { editInputShape, endingAt } from '../../../../shared/domain/edit-input';
import { formatInputValue, INPUT_STEP } from '../../components/input-format';
import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';
import { finalValue, yearlyValues } from '../../../../shared/domain/schedule-shape';
import { useCatalogue } from '../../store/use-catalogue';
import { cellDomId } from './grid-navigation';
import { useCell } from './use-cell';

interface InputCellProps {
  readonly sector: string;
  readonly sectorName: string;
  readonly input: InputId;
  readonly row: number;
  readonly col: number;
  /** The grid's one tab stop (roving tabindex). */
  readonly tabStop: boolean;
  readonly onCellFocus: (row: number, col: number) => void;
}

/** A tiny sparkline of a non-constant schedule (decorative: the value text says the same). */
function Sparkline({
  shape,
  baseYear,
  horizon,
  min,
  max,
}: {
  shape: ScheduleShape;
  baseYear: number;
  horizon: number;
  min: number;
  max: number;
}) {
  const values = yearlyValues(shape, baseYear, horizon);
  const points = values
    .map((value, i) => `${(i / horizon) * 40},${10 - ((value - min) / (max - min || 1)) * 10}`)
    .join(' ');
  return (
    <svg
      className="sparkline"
      width="40"
      height="10"
      viewBox="0 -1 40 12"
      aria-hidden="true"
      focusable="false"
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/**
 * One grid cell: a slider for the value the input ends at (timing is kept; an unset input gets a step
 * in the year after the base year, which is history). Its accessible name is "<lever> — <sector>".
 */
export const InputCell = memo(function InputCell({
  sector,
  sectorName,
  input,
  row,
  col,
  tabStop,
  onCellFocus,
}: InputCellProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const { schedule, shape, baseYear, horizon, read } = useCell(sector, input);
  const selected = useApp(
    (state) => state.selectedCell?.sector === sector && state.selectedCell.input === input,
  );
  const selectCell = useApp((state) => state.selectCell);
  const editScenario = useApp((state) => state.editScenario);
  const range = INPUT_RANGES[input];
  const value = finalValue(shape);
  const shown = formatInputValue(input, value, format);
  const select = () => {
    if (!selected) selectCell({ sector, input });
  };
  const change = (next: number) =>
    editScenario(
      (scenario) => editInputShape(scenario, catalogue, { sector, input }, endingAt(next), read),
      `cell:${sector}:${input}`,
    );
  const valueText =
    shape.kind === 'step' && schedule !== undefined
      ? t('cell.valueStep', {
          value: shown,
          year: shape.year,
          from: formatInputValue(input, shape.from, format),
        })
      : shape.kind === 'ramp'
        ? t('cell.valueRamp', {
            value: shown,
            start: shape.startYear,
            end: shape.endYear,
            from: formatInputValue(input, shape.from, format),
          })
        : schedule === undefined
          ? t('cell.valueDefault', { value: shown })
          : shown;
  return (
    <td
      id={cellDomId(sector, input)}
      role="gridcell"
      tabIndex={tabStop ? 0 : -1}
      data-row={row}
      data-col={col}
      aria-selected={selected}
      className={`input-cell ${selected ? 'input-cell-selected' : ''} ${schedule === undefined ? '' : 'input-cell-set'}`}
      onPointerDown={select}
      onFocus={() => {
        select();
        onCellFocus(row, col);
      }}
    >
      <input
        type="range"
        className="cell-slider"
        min={range.min}
        max={range.max}
        step={INPUT_STEP[input]}
        value={value}
        aria-label={t('editor.cellLabel', { lever: t(`inputs.${input}.name`), sector: sectorName })}
        aria-valuetext={valueText}
        tabIndex={-1}
        onChange={(event) => {
          noteInput(event.nativeEvent.timeStamp);
          change(Number(event.target.value));
        }}
      />
      <span className="cell-value" aria-hidden="true">
        {shown}
        {schedule !== undefined && shape.kind !== 'constant' ? (
          <Sparkline shape={shape} baseYear={baseYear} horizon={horizon} min={range.min} max={range.max} />
        ) : null}
      </span>
    </td>
  );
});
