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
