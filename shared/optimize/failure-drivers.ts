import { drawnValues, prepareScenario } from '../engine';
import type { Scenario } from '../domain/scenario';
import type { FailureBox } from './failure-box';
import { findFailureBox } from './failure-box';
import type { CheckedProblem } from './problem';

/** Sectors whose uncertainties can plausibly decide the targets: those read, their suppliers, those changed. */
function relevantSectors(problem: CheckedProblem): ReadonlySet<string> | undefined {
  const read = problem.targets.flatMap((target) =>
    'sector' in target.quantity ? [target.quantity.sector] : [],
  );
  if (read.length < problem.targets.length) return undefined; // an economy-wide target: every sector
  const upstream = problem.catalogue.dependencies
    .filter((dependency) => read.includes(dependency.buyer))
    .map((dependency) => dependency.supplier);
  return new Set([...read, ...upstream, ...problem.variables.map((variable) => variable.sector)]);
}

/**
 * What breaks the plan: the box of uncertain values (parameters, sector data, ω weights, by their Monte
 * Carlo draws) inside which the plan's draws mostly miss the targets. Only values of relevant sectors are
 * searched, so that 200 draws are not asked to rank hundreds of columns (spurious boxes).
 */
export function planFailureDrivers(
  problem: CheckedProblem,
  plan: Scenario,
  meeting: Uint8Array,
): FailureBox | null {
  const prepared = prepareScenario(plan, problem.catalogue);
  if (!prepared.ok) return null;
  const drawn = drawnValues(prepared.value, problem.seed, 0, meeting.length);
  const sectors = relevantSectors(problem);
  const columns = drawn.columns.filter(
    (column) => column.sector === undefined || sectors === undefined || sectors.has(column.sector),
  );
  const failed = meeting.map((flag) => 1 - flag);
  return findFailureBox(columns, failed);
}
