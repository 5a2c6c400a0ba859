import type { Catalogue } from '../catalogue/types';
import type { LeverId } from './inputs';
import { inputDefault } from './input-default';
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
  const sectors = { ...scenario.sectors };
  for (const sectorId of change.sectors) {
    const inputs = sectors[sectorId] ?? {};
    const fallback = inputDefault(catalogue, scenario, sectorId, change.lever);
    const schedule = scheduleFrom(
      inputs.levers?.[change.lever],
      fallback,
      scenario.baseYear,
      change.fromYear,
      value,
    );
    sectors[sectorId] = { ...inputs, levers: { ...inputs.levers, [change.lever]: schedule } };
  }
  return { ...scenario, sectors };
}
