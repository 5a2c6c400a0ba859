import type { Catalogue } from '../catalogue/types';
import type { LeverId } from './inputs';
import type { Scenario } from './scenario';
import { scheduleFrom } from './schedule-from';

/** Which lever to change, in which sectors, from which year on. */
export interface LeverChange {
  readonly lever: LeverId;
  readonly sectors: readonly string[];
  readonly fromYear: number;
}

/** The base-year default of a lever in a sector (procurement is sector data, possibly overridden). */
function leverDefault(catalogue: Catalogue, scenario: Scenario, sectorId: string, lever: LeverId): number {
  if (lever !== 'procurement') return catalogue.leverDefaults[lever];
  const sector = catalogue.sectors.find((entry) => entry.id === sectorId);
  return scenario.sectors[sectorId]?.data?.m0 ?? sector?.data.m0 ?? Number.NaN;
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
    const fallback = leverDefault(catalogue, scenario, sectorId, change.lever);
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
