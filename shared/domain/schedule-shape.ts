import type { Schedule, StepPoint } from './schedule';
import { scheduleValueAt } from './schedule';

/**
 * What the schedule editor edits: a constant, a step at a year, a linear ramp between two years, or
 * (for files written by hand) any other list of step points. Every shape is stored as the file
 * format's schedule: a number or yearly step points from the base year.
 */
export type ScheduleShape =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'step'; readonly from: number; readonly to: number; readonly year: number }
  | {
      readonly kind: 'ramp';
      readonly from: number;
      readonly to: number;
      readonly startYear: number;
      readonly endYear: number;
    }
  | { readonly kind: 'custom'; readonly points: readonly StepPoint[] };

export type ShapeKind = ScheduleShape['kind'];

/** Rounds away binary noise (0.1 + 0.2) so that files stay readable; values are shares and multiples. */
export function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function rampValue(from: number, to: number, startYear: number, endYear: number, year: number): number {
  if (year <= startYear) return from;
  if (year >= endYear) return to;
  return tidy(from + ((to - from) * (year - startYear)) / (endYear - startYear));
}

/** Reads a stored schedule as a shape; an unset input is the constant default. */
export function shapeOf(schedule: Schedule | undefined, fallback: number, baseYear: number): ScheduleShape {
  if (schedule === undefined) return { kind: 'constant', value: fallback };
  if (typeof schedule === 'number') return { kind: 'constant', value: schedule };
  const from = scheduleValueAt(schedule, baseYear, fallback);
  const changes = schedule.filter((point) => point.year > baseYear);
  if (changes.length === 0) return { kind: 'constant', value: from };
  if (changes.length === 1) return { kind: 'step', from, to: changes[0]!.value, year: changes[0]!.year };
  const startYear = changes[0]!.year - 1;
  const last = changes[changes.length - 1]!;
  const isRamp = changes.every(
    (point, i) =>
      point.year === startYear + 1 + i &&
      Math.abs(point.value - rampValue(from, last.value, startYear, last.year, point.year)) < 1e-6,
  );
  if (isRamp) return { kind: 'ramp', from, to: last.value, startYear, endYear: last.year };
  return { kind: 'custom', points: [{ year: baseYear, value: from }, ...changes] };
}

/** The file format's schedule for a shape (step points start at the base year). */
export function scheduleOf(shape: ScheduleShape, baseYear: number): Schedule {
  switch (shape.kind) {
    case 'constant':
      return tidy(shape.value);
    case 'step':
      if (shape.year <= baseYear) return tidy(shape.to);
      return [
        { year: baseYear, value: tidy(shape.from) },
        { year: shape.year, value: tidy(shape.to) },
      ];
    case 'ramp': {
      const start = Math.max(baseYear, shape.startYear);
      const points: StepPoint[] = [{ year: baseYear, value: tidy(shape.from) }];
      for (let year = start + 1; year <= shape.endYear; year++) {
        points.push({ year, value: rampValue(shape.from, shape.to, start, shape.endYear, year) });
      }
      return points;
    }
    case 'custom':
      return shape.points.map((point) => ({ year: point.year, value: tidy(point.value) }));
  }
}

/** The value the input ends at: what the compact cell control shows and moves. */
export function finalValue(shape: ScheduleShape): number {
  switch (shape.kind) {
    case 'constant':
      return shape.value;
    case 'step':
    case 'ramp':
      return shape.to;
    case 'custom':
      return shape.points[shape.points.length - 1]?.value ?? 0;
  }
}

/** The shape with its final value changed, timing kept. */
export function withFinalValue(shape: ScheduleShape, value: number): ScheduleShape {
  switch (shape.kind) {
    case 'constant':
      return { kind: 'constant', value };
    case 'step':
    case 'ramp':
      return { ...shape, to: value };
    case 'custom':
      return {
        kind: 'custom',
        points: shape.points.map((point, i) => (i === shape.points.length - 1 ? { ...point, value } : point)),
      };
  }
}

/** The shape converted to another kind, keeping the base-year value and the final value. */
export function convertShape(
  shape: ScheduleShape,
  kind: ShapeKind,
  baseYear: number,
  horizon: number,
): ScheduleShape {
  if (shape.kind === kind) return shape;
  const to = finalValue(shape);
  const from = valueAt(shape, baseYear, baseYear);
  const lastYear = baseYear + horizon;
  switch (kind) {
    case 'constant':
      return { kind, value: to };
    case 'step':
      return { kind, from, to, year: shape.kind === 'ramp' ? shape.startYear + 1 : baseYear + 1 };
    case 'ramp':
      return {
        kind,
        from,
        to,
        startYear: shape.kind === 'step' ? shape.year - 1 : baseYear,
        endYear: Math.min(lastYear, baseYear + 5),
      };
    case 'custom':
      return { kind, points: stepPoints(scheduleOf(shape, baseYear), baseYear) };
  }
}

function stepPoints(schedule: Schedule, baseYear: number): StepPoint[] {
  return typeof schedule === 'number' ? [{ year: baseYear, value: schedule }] : [...schedule];
}

/** The shape's value in one year. */
export function valueAt(shape: ScheduleShape, year: number, baseYear: number): number {
  const schedule = scheduleOf(shape, baseYear);
  return scheduleValueAt(schedule, year, typeof schedule === 'number' ? schedule : schedule[0]!.value);
}

/** The value in every year of the run, base year first. */
export function yearlyValues(shape: ScheduleShape, baseYear: number, horizon: number): number[] {
  return Array.from({ length: horizon + 1 }, (_, i) => valueAt(shape, baseYear + i, baseYear));
}

/**
 * The shape moved into the run's years and the input's range: step years after the base year,
 * ramps at least one year long, values inside [min, max].
 */
export function clampShape(
  shape: ScheduleShape,
  range: { min: number; max: number },
  baseYear: number,
  horizon: number,
): ScheduleShape {
  const v = (value: number) => tidy(Math.min(range.max, Math.max(range.min, value)));
  const lastYear = baseYear + horizon;
  const year = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(value)));
  switch (shape.kind) {
    case 'constant':
      return { kind: 'constant', value: v(shape.value) };
    case 'step':
      return {
        kind: 'step',
        from: v(shape.from),
        to: v(shape.to),
        year: year(shape.year, baseYear + 1, lastYear),
      };
    case 'ramp': {
      const startYear = year(shape.startYear, baseYear, lastYear - 1);
      return {
        kind: 'ramp',
        from: v(shape.from),
        to: v(shape.to),
        startYear,
        endYear: year(shape.endYear, startYear + 1, lastYear),
      };
    }
    case 'custom':
      return {
        kind: 'custom',
        points: shape.points.map((point) => ({ year: point.year, value: v(point.value) })),
      };
  }
}
