import type { Schedule, StepPoint } from './schedule';

/**
 * `schedule` with `value` holding from `fromYear` on, as step points: the years before keep what they
 * had (an unset schedule its `fallback`, the base-year default), later steps are replaced. A step that
 * would repeat the value before it is left out, so setting what is already there changes nothing.
 */
export function scheduleFrom(
  schedule: Schedule | undefined,
  fallback: number,
  baseYear: number,
  fromYear: number,
  value: number,
): StepPoint[] {
  const before: StepPoint[] =
    schedule === undefined || typeof schedule === 'number'
      ? fromYear > baseYear
        ? [{ year: baseYear, value: schedule ?? fallback }]
        : []
      : schedule.filter((point) => point.year < fromYear);
  const last = before[before.length - 1];
  if (last && last.value === value) return before;
  return [...before, { year: fromYear, value }];
}
