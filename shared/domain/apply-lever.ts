import type { Catalogue } from '../catalogue/types';
import { editInput } from './edit-input';
import type { LeverId } from './inputs';
import type { Scenario } from './scenario';
import { scheduleFrom } from './schedule-from';

/** Which lever to change, in which sectors, from which year on. */
export interface LeverChange {
  readonly lever: LeverId;
  readonly sectors: readonly string[];
  readonly fromYear: number;
}

/**
 * The scenario with `change.lever` at `value` from `change.fromYear` on in every listed sector, as step
 * points; earlier years, other levers and every other field (extension keys too) stay as they were.
 */
export function applyLever(
  scenario: Scenario,
  catalogue: Catalogue,
  change: LeverChange,
  value: number,
): Scenario {
  return change.sectors.reduce(
    (next, sector) =>
      editInput(next, catalogue, { sector, input: change.lever }, (current) =>
        scheduleFrom(current.schedule, current.fallback, current.baseYear, change.fromYear, value),
      ),
    scenario,
  );
}
