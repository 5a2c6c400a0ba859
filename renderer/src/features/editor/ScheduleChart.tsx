import type { PointerEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { InputId } from '../../../../shared/domain/inputs';
import { useEChart } from '../../components/use-echart';
import type { Formatters } from '../../i18n/format';
import { AXIS_INTERVAL, formatInputValue } from './input-format';
import type { ChartFrame, Handle } from './schedule-drag';
import { dragHandle, handlesOf, nearestHandle } from './schedule-drag';
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
 * The schedule drawn as a step line with draggable points (pointer): the base-year value, the step,
 * the ends of a ramp. The same edits are available from the keyboard in the fields beside it.
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
  const { mount, chart, colors } = useEChart();
  const dragging = useRef<{ handle: Handle; gesture: string } | null>(null);
  const latest = useRef({ shape, onChange });
  useEffect(() => {
    latest.current = { shape, onChange };
  });
  const { baseYear, horizon, range } = frame;

  useEffect(() => {
    if (!chart || !colors || chart.isDisposed()) return;
    const values = yearlyValues(shape, baseYear, horizon);
    const handles = handlesOf(shape, frame);
    chart.setOption(
      {
        animation: false,
        aria: { enabled: true, label: { description } },
        grid: { left: 52, right: 16, top: 14, bottom: 26 },
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
            data: handles.map((handle) => [handle.x, handle.y]),
            symbolSize: 14,
            itemStyle: { color: colors.surface, borderColor: colors.series[0], borderWidth: 2.5 },
            z: 10,
          },
        ],
      },
      { notMerge: true },
    );
  }, [chart, colors, shape, fallback, baseYear, horizon, range, input, format, description, frame]);

  const pointer = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  const toPixel = (x: number, y: number) =>
    (chart?.convertToPixel({ gridIndex: 0 }, [x, y]) ?? [NaN, NaN]) as unknown as readonly [number, number];

  return (
    <div
      ref={mount}
      className="schedule-chart"
      role="img"
      onPointerDown={(event) => {
        if (!chart) return;
        const [px, py] = pointer(event);
        const handle = nearestHandle(handlesOf(latest.current.shape, frame), toPixel, px, py);
        if (!handle) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        dragging.current = { handle, gesture: `drag:${handle.id}:${event.pointerId}:${event.timeStamp}` };
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
        const [x, y] = chart.convertFromPixel({ gridIndex: 0 }, [px, py]) as unknown as [number, number];
        const next = dragHandle(
          latest.current.shape,
          drag.handle.id,
          drag.handle.movesYear ? x : drag.handle.x,
          y,
          frame,
          step,
        );
        latest.current.onChange(next, drag.gesture);
      }}
      onPointerUp={() => {
        dragging.current = null;
      }}
      onPointerCancel={() => {
        dragging.current = null;
      }}
    />
  );
}
