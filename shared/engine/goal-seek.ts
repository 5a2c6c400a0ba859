import type { Catalogue } from '../catalogue/types';
import { applyLever } from '../domain/apply-lever';
import { INPUT_RANGES } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { CheckedGoalSeek, GoalSeekError, GoalSeekRequest } from './goal-seek-request';
import { checkGoalSeek } from './goal-seek-request';
import type { PreparedScenario } from './prepare-scenario';
import { prepareScenario } from './prepare-scenario';
import { runPrepared } from './run-prepared';
import { expandScenarioInputs } from './scenario-inputs';
import { firstIndexReaching } from './targets';

/** One lever value tried: the target variable in the target year, and the first year it met the target. */
export interface GoalSeekPoint {
  readonly value: number;
  readonly achieved: number;
  readonly reachedIn: number | null;
}

/**
 * `reached`: the least value that meets the target (one tolerance less does not); `already`: the target
 * is met even at the bottom of the lever's range; `unreachable`: not even the top of the range meets it.
 * `scenario` is the input scenario with the lever set to the answer's value from the year on.
 */
export type GoalSeekAnswer =
  | (GoalSeekPoint & { readonly kind: 'reached' | 'already'; readonly scenario: Scenario })
  | { readonly kind: 'unreachable'; readonly best: GoalSeekPoint; readonly scenario: Scenario };

// Candidate values sit on a grid of the tolerance from the range minimum, so answers read cleanly
// (1.2345, not 1.23450927) and "one step less" is an exact neighbour.
function gridValue(index: number, request: CheckedGoalSeek): number {
  const { min, max } = INPUT_RANGES[request.lever];
  return Math.min(max, Number((min + index * request.tolerance).toPrecision(12)));
}

function evaluate(
  scenario: Scenario,
  catalogue: Catalogue,
  prepared: PreparedScenario,
  request: CheckedGoalSeek,
  value: number,
): Result<GoalSeekPoint & { readonly meets: boolean; readonly scenario: Scenario }, GoalSeekError> {
  const changed = applyLever(scenario, catalogue, request, value);
  const run = runPrepared(prepared, {
    inputs: expandScenarioInputs(catalogue, changed),
    stepsPerYear: request.stepsPerYear,
    recordOpenIds: false,
  });
  if (!run.ok) return err({ kind: 'engine', error: run.error });
  const years = run.value.years.length;
  const s = run.value.sectorIds.indexOf(request.sector);
  const series = run.value[request.variable].subarray(s * years, (s + 1) * years);
  const byIndex = request.byYear - scenario.baseYear;
  const first = firstIndexReaching(series, request.value);
  return ok({
    value,
    achieved: series[byIndex]!,
    reachedIn: first < 0 ? null : run.value.years[first]!,
    meets: first >= 0 && first <= byIndex,
    scenario: changed,
  });
}

/**
 * Goal seek by bisection on a lever that never lowers S or C (model.md §8.2), within the lever's range.
 * About log2(range / tolerance) + 2 deterministic runs (17 for basic research at 1e-4). The restriction
 * is refused: it is not monotone, so bisection could return a value that is not the least.
 */
export function goalSeek(
  scenario: Scenario,
  catalogue: Catalogue,
  request: GoalSeekRequest,
): Result<GoalSeekAnswer, GoalSeekError> {
  const checked = checkGoalSeek(scenario, catalogue, request);
  if (!checked.ok) return checked;
  const seek = checked.value;
  const prepared = prepareScenario(scenario, catalogue);
  if (!prepared.ok) return err({ kind: 'engine', error: prepared.error });
  const at = (index: number) => evaluate(scenario, catalogue, prepared.value, seek, gridValue(index, seek));
  const { min, max } = INPUT_RANGES[seek.lever];
  let low = 0;
  let high = Math.ceil((max - min) / seek.tolerance - 1e-9);

  const bottom = at(low);
  if (!bottom.ok) return bottom;
  if (bottom.value.meets) return ok(answer('already', bottom.value));
  let best = at(high);
  if (!best.ok) return best;
  if (!best.value.meets) {
    const { value, achieved, reachedIn } = best.value;
    return ok({ kind: 'unreachable', best: { value, achieved, reachedIn }, scenario: best.value.scenario });
  }
  // Invariant: the value at `low` misses the target, the value at `high` meets it.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const tried = at(middle);
    if (!tried.ok) return tried;
    if (tried.value.meets) {
      high = middle;
      best = tried;
    } else {
      low = middle;
    }
  }
  return ok(answer('reached', best.value));
}

function answer(
  kind: 'reached' | 'already',
  point: GoalSeekPoint & { readonly scenario: Scenario },
): GoalSeekAnswer {
  return {
    kind,
    value: point.value,
    achieved: point.achieved,
    reachedIn: point.reachedIn,
    scenario: point.scenario,
  };
}
