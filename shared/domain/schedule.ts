/** One step of a yearly schedule: `value` holds from `year` until the next step. */
export interface StepPoint {
  readonly year: number;
  readonly value: number;
}

/** A yearly, piecewise-constant schedule: a constant or step points sorted by year. */
export type Schedule = number | readonly StepPoint[];

/**
 * The schedule's value in `year`. Years before the first step point take `before`
 * (the base-year default: before the base year every input is history).
 */
export function scheduleValueAt(schedule: Schedule, year: number, before: number): number {
  if (typeof schedule === 'number') return schedule;
  let value = before;
  for (const point of schedule) {
    if (point.year > year) break;
    value = point.value;
  }
  return value;
}

/** Fills `out[i]` with the schedule's value in year `firstYear + i`. */
export function expandSchedule(
  schedule: Schedule | undefined,
  firstYear: number,
  out: Float64Array,
  fallback: number,
): Float64Array {
  for (let i = 0; i < out.length; i++) {
    out[i] = schedule === undefined ? fallback : scheduleValueAt(schedule, firstYear + i, fallback);
  }
  return out;
}

/** Two schedules are equal when they give the same value in every year from `fromYear` to `toYear`. */
export function schedulesAgree(
  a: Schedule | undefined,
  b: Schedule | undefined,
  fallback: number,
  fromYear: number,
  toYear: number,
): boolean {
  for (let year = fromYear; year <= toYear; year++) {
    const va = a === undefined ? fallback : scheduleValueAt(a, year, fallback);
    const vb = b === undefined ? fallback : scheduleValueAt(b, year, fallback);
    if (va !== vb) return false;
  }
  return true;
}
