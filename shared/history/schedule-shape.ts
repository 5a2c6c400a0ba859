import type { Schedule } from '../domain/schedule';
import { scheduleValueAt } from '../domain/schedule';

/**
 * A schedule read as the shape a person would describe: a constant, a step at a year, a linear ramp
 * over years, or (for hand-written files) a list of steps. Used to describe changes in one phrase
 * instead of one row per year.
 */
export type ShapeSummary =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'step'; readonly from: number; readonly to: number; readonly year: number }
  | {
      readonly kind: 'ramp';
      readonly from: number;
      readonly to: number;
      readonly startYear: number;
      readonly endYear: number;
    }
  | {
      readonly kind: 'steps';
      readonly from: number;
      readonly steps: readonly { year: number; value: number }[];
    };

/** Values closer than this are the same value: ramps written by the editor are rounded to 1e-6. */
const TOLERANCE = 1e-6;

function isLinear(
  from: number,
  to: number,
  startYear: number,
  steps: readonly { year: number; value: number }[],
): boolean {
  const endYear = steps[steps.length - 1]!.year;
  return steps.every(
    (step, i) =>
      step.year === startYear + 1 + i &&
      Math.abs(step.value - (from + ((to - from) * (step.year - startYear)) / (endYear - startYear))) <
        TOLERANCE,
  );
}

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
  const steps: { year: number; value: number }[] = [];
  let previous = from;
  for (const point of schedule) {
    if (point.year <= baseYear || point.value === previous) continue;
    steps.push({ year: point.year, value: point.value });
    previous = point.value;
  }
  if (steps.length === 0) return { kind: 'constant', value: from };
  const last = steps[steps.length - 1]!;
  if (steps.length === 1) return { kind: 'step', from, to: last.value, year: last.year };
  const startYear = steps[0]!.year - 1;
  if (isLinear(from, last.value, startYear, steps)) {
    return { kind: 'ramp', from, to: last.value, startYear, endYear: last.year };
  }
  return { kind: 'steps', from, steps };
}

/** Two shapes describe the same schedule. */
export function sameShape(a: ShapeSummary, b: ShapeSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
