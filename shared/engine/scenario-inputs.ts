import type { Catalogue } from '../catalogue/types';
import type { InputId } from '../domain/inputs';
import { INPUT_IDS } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import { scenarioSchedule } from '../domain/scenario';
import { scheduleValueAt } from '../domain/schedule';

/**
 * The scenario's yearly inputs, expanded: `schedules[input][s * years + y]` is the value in year
 * `baseYear + y` for y in 0 … horizon + 1 (the run goes one year past the horizon to integrate that
 * year's costs). NaN means "the base-year default", which a Monte Carlo draw may vary (r0), so it is
 * resolved only when a run starts.
 */
export interface ScenarioInputs {
  readonly sectorIds: readonly string[];
  readonly baseYear: number;
  readonly horizon: number;
  /** Number of yearly entries per sector: horizon + 2. */
  readonly years: number;
  readonly schedules: Readonly<Record<InputId, Float64Array>>;
}

/** Expands the scenario's schedules for the catalogue's sectors (catalogue order). */
export function expandScenarioInputs(
  catalogue: Catalogue,
  scenario: Pick<Scenario, 'sectors' | 'baseYear' | 'horizon'>,
): ScenarioInputs {
  const sectorIds = catalogue.sectors.map((sector) => sector.id);
  const years = scenario.horizon + 2;
  const schedules = {} as Record<InputId, Float64Array>;
  for (const input of INPUT_IDS) {
    const out = new Float64Array(sectorIds.length * years).fill(Number.NaN);
    sectorIds.forEach((sectorId, s) => {
      const schedule = scenarioSchedule(scenario as Scenario, sectorId, input);
      if (schedule === undefined) return;
      for (let y = 0; y < years; y++) {
        out[s * years + y] = scheduleValueAt(schedule, scenario.baseYear + y, Number.NaN);
      }
    });
    schedules[input] = out;
  }
  return { sectorIds, baseYear: scenario.baseYear, horizon: scenario.horizon, years, schedules };
}

/** Inputs made of `from`'s schedules, with the groups flagged in `take` taken from `other` instead. */
export function mixScenarioInputs(
  from: ScenarioInputs,
  other: ScenarioInputs,
  take: (input: InputId) => boolean,
): ScenarioInputs {
  const schedules = {} as Record<InputId, Float64Array>;
  for (const input of INPUT_IDS)
    schedules[input] = take(input) ? other.schedules[input] : from.schedules[input];
  return { ...from, schedules };
}
