import type { Catalogue } from '../catalogue/types';
import { inputDefault } from './input-default';
import type { InputId } from './inputs';
import { INPUT_RANGES } from './inputs';
import type { Scenario } from './scenario';
import { scenarioSchedule } from './scenario';
import { setInputSchedule } from './scenario-edits';
import type { Schedule } from './schedule';
import type { ScheduleShape } from './schedule-shape';
import { clampShape, scheduleOf, shapeOf, withFinalValue } from './schedule-shape';

/** One input of one sector: a cell of the editor's grid, a lever a plan or goal seek moves. */
export interface InputRef {
  readonly sector: string;
  readonly input: InputId;
}

/**
 * Reads the schedule an input runs with. The scenario's own by default; the editor passes one that
 * also sees restriction packages (`shared/packages/effective-schedule.ts`), which the domain may not
 * import, so that an edit starts from what the user sees.
 */
export type ScheduleReader = (scenario: Scenario, sectorId: string, input: InputId) => Schedule | undefined;

/** An input as an edit starts from it. */
export interface InputState {
  /** What it runs with (undefined: the base-year default all along). */
  readonly schedule: Schedule | undefined;
  /** Its base-year default (`input-default.ts`). */
  readonly fallback: number;
  readonly baseYear: number;
  readonly horizon: number;
}

/** The first step of every input edit: what the input is now. */
export function readInput(
  scenario: Scenario,
  catalogue: Catalogue,
  ref: InputRef,
  read: ScheduleReader = scenarioSchedule,
): InputState {
  return {
    schedule: read(scenario, ref.sector, ref.input),
    fallback: inputDefault(catalogue, scenario, ref.sector, ref.input),
    baseYear: scenario.baseYear,
    horizon: scenario.horizon,
  };
}

/** The input's schedule read as a shape (constant, step, ramp or custom), for editing and drawing. */
export function shapeOfInput(state: InputState): ScheduleShape {
  return shapeOf(state.schedule, state.fallback, state.baseYear);
}

/**
 * The one edit pipeline of an input: read what it is now, compute its new schedule, write it (undefined:
 * back to the default). Every edit of one input in one sector goes through here: the grid's cells, the
 * schedule editor, goal seek's and the plan finder's lever changes.
 */
export function editInput(
  scenario: Scenario,
  catalogue: Catalogue,
  ref: InputRef,
  update: (current: InputState) => Schedule | undefined,
  read?: ScheduleReader,
): Scenario {
  return setInputSchedule(scenario, ref.sector, ref.input, update(readInput(scenario, catalogue, ref, read)));
}

/**
 * An edit made on the input's shape, as the editor's controls make it: the new shape is moved into the
 * run's years and the input's range (`clampShape`) before it is written as yearly steps.
 */
export function editInputShape(
  scenario: Scenario,
  catalogue: Catalogue,
  ref: InputRef,
  update: (shape: ScheduleShape, current: InputState) => ScheduleShape,
  read?: ScheduleReader,
): Scenario {
  return editInput(
    scenario,
    catalogue,
    ref,
    (current) => {
      const next = update(shapeOfInput(current), current);
      return scheduleOf(
        clampShape(next, INPUT_RANGES[ref.input], current.baseYear, current.horizon),
        current.baseYear,
      );
    },
    read,
  );
}

/**
 * The shape a grid cell's slider asks for: the input ending at `value`, its timing kept. An input still
 * at its default gets a step in the year after the base year (the base year is history).
 */
export function endingAt(value: number): (shape: ScheduleShape, current: InputState) => ScheduleShape {
  return (shape, current) =>
    current.schedule === undefined
      ? { kind: 'step', from: current.fallback, to: value, year: current.baseYear + 1 }
      : withFinalValue(shape, value);
}

/** Two schedules written the same way (an input read twice gives equal states while nothing changed). */
export function sameSchedule(a: Schedule | undefined, b: Schedule | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a.length !== b.length) return false;
  return a.every((point, i) => point.year === b[i]!.year && point.value === b[i]!.value);
}

export function sameInputState(a: InputState, b: InputState): boolean {
  return (
    sameSchedule(a.schedule, b.schedule) &&
    Object.is(a.fallback, b.fallback) &&
    a.baseYear === b.baseYear &&
    a.horizon === b.horizon
  );
}
