import { INPUT_RANGES } from './inputs';
import type { InputId } from './inputs';
import type { Schedule } from './schedule';
import type { JsonPath, ScenarioIssue } from './scenario-issue';

/** Years a step point may name: wide enough for any plan, narrow enough to catch a mistyped year. */
export const STEP_YEAR_MIN = 1900;
export const STEP_YEAR_MAX = 2200;

function valueIssue(input: InputId, value: number, path: JsonPath): ScenarioIssue[] {
  const { min, max } = INPUT_RANGES[input];
  if (value >= min && value <= max) return [];
  return [
    { path, message: `expected a value from ${min} to ${max} (the range of ${input}), found ${value}` },
  ];
}

/**
 * Problems of one input's schedule: every value inside the input's range (out of range is an error,
 * never clamped), step years strictly increasing, the first at or before the base year (before it the
 * input would have no value), and every year in a sane window.
 */
export function scheduleIssues(
  schedule: Schedule,
  input: InputId,
  baseYear: number,
  path: JsonPath,
): ScenarioIssue[] {
  if (typeof schedule === 'number') return valueIssue(input, schedule, path);
  const issues: ScenarioIssue[] = [];
  schedule.forEach((step, i) => {
    const yearPath = [...path, i, 'year'];
    const previous = i > 0 ? schedule[i - 1] : undefined;
    if (step.year < STEP_YEAR_MIN || step.year > STEP_YEAR_MAX) {
      issues.push({
        path: yearPath,
        message: `expected a year from ${STEP_YEAR_MIN} to ${STEP_YEAR_MAX}, found ${step.year}`,
      });
    } else if (i === 0 && step.year > baseYear) {
      issues.push({
        path: yearPath,
        message: `expected the first step at or before the base year ${baseYear}, found ${step.year}`,
      });
    } else if (previous !== undefined && step.year <= previous.year) {
      issues.push({
        path: yearPath,
        message: `expected a year after ${previous.year} (steps are sorted by year, each year once), found ${step.year}`,
      });
    }
    issues.push(...valueIssue(input, step.value, [...path, i, 'value']));
  });
  return issues;
}
