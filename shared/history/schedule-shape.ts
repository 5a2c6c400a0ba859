import type { Schedule, StepPoint } from '../domain/schedule';
import { scheduleValueAt } from '../domain/schedule';
import type { ScheduleShape } from '../domain/schedule-shape';
import { shapeOf } from '../domain/schedule-shape';

/**
 * A schedule read as the shape a person would describe: a constant, a step at a year, a linear ramp
 * over years, or (for hand-written files) a list of steps. Used to describe changes in one phrase
 * instead of one row per year.
 */
export type ShapeSummary =
  | Exclude<ScheduleShape, { readonly kind: 'custom' }>
  | { readonly kind: 'steps'; readonly from: number; readonly steps: readonly StepPoint[] };

/**
 * The shape of `schedule` from `baseYear` on (`fallback` when unset: the catalogue default). Steps
 * that repeat the previous value are not changes and are dropped first.
 */
export function shapeOfSchedule(
  schedule: Schedule | undefined,
  fallback: number,
  baseYear: number,
): ShapeSummary {
  if (schedule === undefined) return { kind: 'constant', value: fallback };
  if (typeof schedule === 'number') return { kind: 'constant', value: schedule };
  const from = scheduleValueAt(schedule, baseYear, fallback);
  const steps: StepPoint[] = [];
  let previous = from;
  for (const point of schedule) {
    if (point.year <= baseYear || point.value === previous) continue;
    steps.push({ year: point.year, value: point.value });
    previous = point.value;
  }
  // The editor's one rule for reading shapes, on the schedule without its non-changes.
  const shape = shapeOf([{ year: baseYear, value: from }, ...steps], fallback, baseYear);
  return shape.kind === 'custom' ? { kind: 'steps', from, steps } : shape;
}

/** Two shapes describe the same schedule. */
export function sameShape(a: ShapeSummary, b: ShapeSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
