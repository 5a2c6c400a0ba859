import type { PointerEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputId } from '../../../../shared/domain/inputs';
import { updateChart } from '../../components/update-chart';
import { useEChart } from '../../components/use-echart';
import type { Formatters } from '../../i18n/format';
import { AXIS_INTERVAL, formatInputValue } from '../../components/input-format';
import type { ChartFrame, Handle } from './schedule-drag';
import { constrainDrag, dragAxis, dragHandle, handlesOf, nearestHandle, nudgeHandle } from './schedule-drag';
import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';
import { yearlyValues } from '../../../../shared/domain/schedule-shape';

interface ScheduleChartProps {
  readonly input: InputId;
  readonly shape: ScheduleShape;
  readonly fallback: number;
  readonly frame: ChartFrame;
  readonly step: number;
  readonly format: Formatters;
  readonly description: string;
  /** A dragged shape; `drag` names the gesture so that one drag is one undo step. */
  readonly onChange: (shape: ScheduleShape, drag: string) => void;
}

/**
 * The schedule drawn as a step line with draggable points: the base-year value, the step, the ends of
 * a ramp. A drag changes the year or the value, whichever the pointer mostly follows. From the
 * keyboard: Space picks a point, the arrows move it (the fields beside the chart do the same).
 */
export function ScheduleChart({
  input,
  shape,
  fallback,
  frame,
  step,
  format,
  description,
  onChange,
}: ScheduleChartProps) {
  const { t } = useTranslation();
  const { mount, chart, colors } = useEChart();
  const dragging = useRef<{ handle: Handle; gesture: string; start: readonly [number, number] } | null>(null);
  const [picked, setPicked] = useState(0);
  const [focused, setFocused] = useState(false);
  const latest = useRef({ shape, onChange });
  useEffect(() => {
    latest.current = { shape, onChange };
  });
  const { baseYear, horizon, range } = frame;

  useEffect(() => {
    if (!chart || !colors || chart.isDisposed()) return;
    const values = yearlyValues(shape, baseYear, horizon);
    const handles = handlesOf(shape, frame);
    const current = focused ? Math.min(picked, handles.length - 1) : -1;
    updateChart(
      chart,
      {
        animation: false,
        // ECharts writes this as the chart element's accessible name: what it shows, and how to edit it.
        aria: { enabled: true, label: { description } },
        // Fixed margins: ECharts 6 would otherwise measure every axis label again on each update to fit them.
        grid: { left: 52, right: 16, top: 14, bottom: 26, outerBoundsMode: 'none' },
        textStyle: { color: colors.muted },
        xAxis: {
          type: 'value',
          min: baseYear,
          max: baseYear + horizon,
          interval: 5,
          axisLabel: { formatter: (value: number) => format.year(value), color: colors.muted },
          axisLine: { lineStyle: { color: colors.axis } },
          splitLine: { show: false },
        },
        yAxis: {
          type: 'value',
          min: range.min,
          max: range.max,
          interval: AXIS_INTERVAL[input],
          axisLabel: {
            formatter: (value: number) => formatInputValue(input, value, format),
            color: colors.muted,
          },
          splitLine: { lineStyle: { color: colors.grid } },
        },
        series: [
          {
            id: 'default',
            type: 'line',
            data: [
              [baseYear, fallback],
              [baseYear + horizon, fallback],
            ],
            symbol: 'none',
            silent: true,
            lineStyle: { color: colors.baseline, type: 'dashed', width: 1 },
          },
          {
            id: 'schedule',
            type: 'line',
            step: 'end',
            data: values.map((value, i) => [baseYear + i, value]),
            symbol: 'none',
            lineStyle: { color: colors.series[0], width: 2.5 },
          },
          {
            id: 'handles',
            type: 'scatter',
            data: handles.map((handle, i) =>
              i === current
                ? { value: [handle.x, handle.y], symbolSize: 20, itemStyle: { color: colors.series[0] } }
                : [handle.x, handle.y],
            ),
            symbolSize: 14,
            itemStyle: { color: colors.surface, borderColor: colors.series[0], borderWidth: 2.5 },
            z: 10,
          },
        ],
      },
      // The description follows the values; the axes' formatters follow the language.
      { mergeable: ['aria'], context: format.language },
    );
  }, [
    chart,
    colors,
    shape,
    fallback,
    baseYear,
    horizon,
    range,
    input,
    format,
    description,
    frame,
    picked,
    focused,
    t,
  ]);

  const handles = handlesOf(shape, frame);
  const pickedHandle = handles[Math.min(picked, handles.length - 1)];

  const pointer = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  const toPixel = (x: number, y: number) =>
    (chart?.convertToPixel({ gridIndex: 0 }, [x, y]) ?? [NaN, NaN]) as unknown as readonly [number, number];

  return (
    <div
      className="schedule-chart-wrap"
      role="application"
      tabIndex={0}
      aria-label={t('keyboard.scheduleChart', { description })}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onKeyDown={(event) => {
        if (event.key === ' ') {
          event.preventDefault();
          setPicked((picked + 1) % handles.length);
          return;
        }
        if (!pickedHandle) return;
        const next = nudgeHandle(latest.current.shape, pickedHandle.id, event.key, frame, step);
        if (!next) return;
        event.preventDefault();
        latest.current.onChange(next, `keys:${pickedHandle.id}`);
      }}
    >
      <div
        ref={mount}
        className="schedule-chart"
        onPointerDown={(event) => {
          if (!chart) return;
          const [px, py] = pointer(event);
          const handle = nearestHandle(handlesOf(latest.current.shape, frame), toPixel, px, py);
          if (!handle) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          dragging.current = {
            handle,
            gesture: `drag:${handle.id}:${event.pointerId}:${event.timeStamp}`,
            start: [px, py],
          };
        }}
        onPointerMove={(event) => {
          const [px, py] = pointer(event);
          if (!chart) return;
          const drag = dragging.current;
          if (!drag) {
            const near = nearestHandle(handlesOf(latest.current.shape, frame), toPixel, px, py);
            event.currentTarget.style.cursor = near ? (near.movesYear ? 'move' : 'ns-resize') : '';
            return;
          }
          const [px0, py0] = drag.start;
          const axis = dragAxis(px - px0, py - py0, drag.handle.movesYear);
          const [x, y] = constrainDrag(
            drag.handle,
            axis,
            ...(chart.convertFromPixel({ gridIndex: 0 }, [px, py]) as unknown as [number, number]),
          );
          const next = dragHandle(latest.current.shape, drag.handle.id, x, y, frame, step);
          latest.current.onChange(next, drag.gesture);
        }}
        onPointerUp={() => {
          dragging.current = null;
        }}
        onPointerCancel={() => {
          dragging.current = null;
        }}
      />
      <p className="visually-hidden" aria-live="polite">
        {focused && pickedHandle
          ? t('keyboard.pointPicked', {
              index: Math.min(picked, handles.length - 1) + 1,
              count: handles.length,
              year: format.year(pickedHandle.x),
              value: formatInputValue(input, pickedHandle.y, format),
            })
          : ''}
      </p>
    </div>
  );
}
