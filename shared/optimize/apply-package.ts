import type { Catalogue } from '../catalogue/types';
import { inputDefault } from '../domain/input-default';
import type { LeverId } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import { scenarioSchedule } from '../domain/scenario';
import type { Schedule, StepPoint } from '../domain/schedule';
import { scheduleValueAt } from '../domain/schedule';
import { scheduleFrom } from '../domain/schedule-from';
import type { DecisionVariable } from './problem';

/** How a package is written into a scenario: the levels start in `fromYear`, reached over `rampYears`. */
export interface PackageTiming {
  readonly fromYear: number;
  readonly rampYears: number;
}

/** The base-year default of a lever in a sector (`inputDefault`; a sector the catalogue lacks reads 0). */
export function leverDefault(
  catalogue: Catalogue,
  scenario: Scenario,
  sector: string,
  lever: LeverId,
): number {
  return inputDefault(catalogue, scenario, sector, lever, 0);
}

/** The lever's value in a sector and year under the scenario as written. */
export function leverValue(
  catalogue: Catalogue,
  scenario: Scenario,
  sector: string,
  lever: LeverId,
  year: number,
): number {
  const fallback = leverDefault(catalogue, scenario, sector, lever);
  const schedule = scenarioSchedule(scenario, sector, lever);
  return schedule === undefined ? fallback : scheduleValueAt(schedule, year, fallback);
}

// Levels are written to six significant figures: files are read by people, and the engine cannot tell
// 1.2345 from 1.23450927 apart at the tolerances it keeps.
const tidy = (value: number): number => Number(value.toPrecision(6));

function rampSchedule(
  schedule: Schedule | undefined,
  fallback: number,
  baseYear: number,
  timing: PackageTiming,
  level: number,
): StepPoint[] {
  const start = schedule === undefined ? fallback : scheduleValueAt(schedule, timing.fromYear - 1, fallback);
  let points = scheduleFrom(schedule, fallback, baseYear, timing.fromYear, tidy(level));
  if (timing.rampYears <= 1 || start === level || timing.fromYear === baseYear) return points;
  points = points.filter((point) => point.year < timing.fromYear);
  for (let k = 1; k <= timing.rampYears; k++) {
    const value = tidy(start + ((level - start) * k) / timing.rampYears);
    if (points.at(-1)?.value !== value) points.push({ year: timing.fromYear + k - 1, value });
  }
  return points;
}

/**
 * The scenario with each variable's lever at its level from `fromYear` on (ramped in equal yearly steps
 * from the year before when `rampYears` > 1); earlier years and everything else stay as they were. A
 * level that is NaN leaves that lever's schedule as the scenario has it (the plan leaves it alone).
 */
export function applyPackage(
  scenario: Scenario,
  catalogue: Catalogue,
  variables: readonly DecisionVariable[],
  levels: ArrayLike<number>,
  timing: PackageTiming,
): Scenario {
  const sectors = { ...scenario.sectors };
  variables.forEach((variable, i) => {
    if (Number.isNaN(levels[i])) return;
    const inputs = sectors[variable.sector] ?? {};
    const fallback = leverDefault(catalogue, scenario, variable.sector, variable.lever);
    const schedule = rampSchedule(
      inputs.levers?.[variable.lever],
      fallback,
      scenario.baseYear,
      timing,
      levels[i]!,
    );
    sectors[variable.sector] = { ...inputs, levers: { ...inputs.levers, [variable.lever]: schedule } };
  });
  return { ...scenario, sectors };
}
