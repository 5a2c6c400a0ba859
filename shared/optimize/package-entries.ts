import { scenarioSchedule } from '../domain/scenario';
import { shapeOf } from '../domain/schedule-shape';
import { leverDefault, leverValue } from './apply-package';
import type { PackageEntry } from './plan-result';
import { tidyLevel } from './plan-result';
import type { CheckedProblem } from './problem';

/** The package's levels as the answer reports them, each beside the start's value and schedule shape. */
export function packageEntries(problem: CheckedProblem, levels: readonly number[]): PackageEntry[] {
  return problem.variables.map((variable, i) => {
    const level = levels[i]!;
    const start = leverValue(
      problem.catalogue,
      problem.scenario,
      variable.sector,
      variable.lever,
      problem.fromYear,
    );
    return {
      lever: variable.lever,
      sector: variable.sector,
      level: Number.isNaN(level) ? start : tidyLevel(level),
      start,
      startShape: shapeOf(
        scenarioSchedule(problem.scenario, variable.sector, variable.lever),
        leverDefault(problem.catalogue, problem.scenario, variable.sector, variable.lever),
        problem.scenario.baseYear,
      ),
      leftAlone: Number.isNaN(level),
    };
  });
}
