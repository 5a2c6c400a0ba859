import type { ScheduleShape } from '../../../../shared/domain/schedule-shape';
import { clampShape } from '../../../../shared/domain/schedule-shape';

/** A point of the schedule chart that can be dragged: `x` moves a year, `y` a value. */
export interface Handle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly movesYear: boolean;
}

export interface ChartFrame {
  readonly baseYear: number;
  readonly horizon: number;
  readonly range: { readonly min: number; readonly max: number };
}

/** The draggable points of a shape. */
export function handlesOf(shape: ScheduleShape, frame: ChartFrame): Handle[] {
  switch (shape.kind) {
    case 'constant':
      return [
        { id: 'value', x: frame.baseYear + Math.round(frame.horizon / 2), y: shape.value, movesYear: false },
      ];
    case 'step':
      return [
        { id: 'from', x: frame.baseYear, y: shape.from, movesYear: false },
        { id: 'to', x: shape.year, y: shape.to, movesYear: true },
      ];
    case 'ramp':
      return [
        { id: 'start', x: shape.startYear, y: shape.from, movesYear: true },
        { id: 'end', x: shape.endYear, y: shape.to, movesYear: true },
      ];
    case 'custom':
      return shape.points.map((point, i) => ({
        id: `point-${i}`,
        x: point.year,
        y: point.value,
        movesYear: false,
      }));
  }
}

/** The shape after dragging handle `id` to chart coordinates (x: year, y: value), snapped and clamped. */
export function dragHandle(
  shape: ScheduleShape,
  id: string,
  x: number,
  y: number,
  frame: ChartFrame,
  step: number,
): ScheduleShape {
  const value = Math.round(y / step) * step;
  const year = Math.round(x);
  let next: ScheduleShape = shape;
  switch (shape.kind) {
    case 'constant':
      next = { kind: 'constant', value };
      break;
    case 'step':
      next = id === 'from' ? { ...shape, from: value } : { ...shape, to: value, year };
      break;
    case 'ramp':
      next =
        id === 'start'
          ? { ...shape, from: value, startYear: Math.min(year, shape.endYear - 1) }
          : { ...shape, to: value, endYear: Math.max(year, shape.startYear + 1) };
      break;
    case 'custom': {
      const index = Number(id.slice('point-'.length));
      next = {
        kind: 'custom',
        points: shape.points.map((point, i) => (i === index ? { ...point, value } : point)),
      };
      break;
    }
  }
  return clampShape(next, frame.range, frame.baseYear, frame.horizon);
}

/** The handle nearest to a pointer (pixel distances), within `radius`. */
export function nearestHandle(
  handles: readonly Handle[],
  toPixel: (x: number, y: number) => readonly [number, number],
  px: number,
  py: number,
  radius = 14,
): Handle | undefined {
  let best: Handle | undefined;
  let bestDistance = radius;
  for (const handle of handles) {
    const [hx, hy] = toPixel(handle.x, handle.y);
    const distance = Math.hypot(hx - px, hy - py);
    if (distance <= bestDistance) {
      best = handle;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The one coordinate a drag changes: the year when the pointer has moved further across than up or
 * down since the drag began (and the handle can move in time), otherwise the value. A sideways drag
 * of a step therefore never nudges its value, nor an upward drag its year.
 */
export function dragAxis(dx: number, dy: number, movesYear: boolean): 'year' | 'value' {
  return movesYear && Math.abs(dx) > Math.abs(dy) ? 'year' : 'value';
}

/** Chart coordinates of a drag that changes only `axis`: the other stays where the handle was. */
export function constrainDrag(
  handle: Handle,
  axis: 'year' | 'value',
  x: number,
  y: number,
): [number, number] {
  return axis === 'year' ? [x, handle.y] : [handle.x, y];
}

/**
 * The shape after a key on handle `id`: left and right move its year by one (when it can move in
 * time), up and down its value by one step. Undefined for other keys.
 */
export function nudgeHandle(
  shape: ScheduleShape,
  id: string,
  key: string,
  frame: ChartFrame,
  step: number,
): ScheduleShape | undefined {
  const handle = handlesOf(shape, frame).find((entry) => entry.id === id);
  if (!handle) return undefined;
  const years = { ArrowLeft: -1, ArrowRight: 1 } as Record<string, number>;
  const values = { ArrowDown: -1, ArrowUp: 1 } as Record<string, number>;
  if (key in years) {
    if (!handle.movesYear) return undefined;
    return dragHandle(shape, id, handle.x + years[key]!, handle.y, frame, step);
  }
  if (key in values) return dragHandle(shape, id, handle.x, handle.y + values[key]! * step, frame, step);
  return undefined;
}
