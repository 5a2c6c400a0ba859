import { drawnValues, prepareScenario } from '../engine';
import type { Scenario } from '../domain/scenario';
import type { BoxCheck, FailureBox, UncertainColumn } from './failure-box';
import { checkBox, findFailureBox, rankUncertainties } from './failure-box';
import type { CheckedProblem } from './problem';

/** Only values separating failures by at least this many standard errors, on both sets of draws, are shown. */
const MIN_Z = 2.5;

/** What breaks the plan, found on the search's draws and checked on fresh ones. */
export interface FailureDrivers extends FailureBox {
  /** The box and the ranking on the hold-out draws (another seed, as many draws). */
  readonly holdout: BoxCheck;
}

/** The plan's draws on a seed: whether each met every target. */
export interface DrawSet {
  readonly seed: number;
  readonly meeting: Uint8Array;
}

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

function columnsOf(problem: CheckedProblem, plan: Scenario, draws: DrawSet): UncertainColumn[] | null {
  const prepared = prepareScenario(plan, problem.catalogue);
  if (!prepared.ok) return null;
  const sectors = relevantSectors(problem);
  return drawnValues(prepared.value, draws.seed, 0, draws.meeting.length).columns.filter(
    (column) => column.sector === undefined || sectors === undefined || sectors.has(column.sector),
  );
}

const identity = (value: { key: string; kind: string; sector?: string; supplier?: string }) =>
  `${value.kind}:${value.key}:${value.sector ?? ''}:${value.supplier ?? ''}`;

/**
 * What breaks the plan: the box of uncertain values (parameters, sector data, ω weights, by their Monte
 * Carlo draws) inside which the plan's draws mostly miss the targets. Values are ranked on the search's
 * draws and on a hold-out set; only those separating failures on both, the same way round, are shown
 * and peeled. The box is found on the search's draws and measured on the hold-out draws, so an
 * overfitted box shows as a coverage and density that fall away there. Only values of relevant sectors
 * are searched, so that 200 draws are not asked to rank hundreds of columns.
 */
export function planFailureDrivers(
  problem: CheckedProblem,
  plan: Scenario,
  search: DrawSet,
  holdout: DrawSet,
): FailureDrivers | null {
  const columns = columnsOf(problem, plan, search);
  const fresh = columnsOf(problem, plan, holdout);
  if (!columns || !fresh) return null;
  const failed = search.meeting.map((flag) => 1 - flag);
  const freshFailed = holdout.meeting.map((flag) => 1 - flag);
  let freshFailures = 0;
  for (const flag of freshFailed) freshFailures += flag;
  // With no failure (or only failures) on the fresh draws nothing can be confirmed there.
  const checkable = freshFailures > 0 && freshFailures < freshFailed.length;
  const confirmed = new Map(
    checkable
      ? rankUncertainties(fresh, freshFailed)
          .filter((entry) => entry.z >= MIN_Z)
          .map((entry) => [identity(entry), entry] as const)
      : [],
  );
  const box = findFailureBox(columns, failed, {
    minZ: MIN_Z,
    keep: (entry) => confirmed.get(identity(entry))?.failsWhen === entry.failsWhen,
  });
  if (!box) return null;
  return {
    ...box,
    ranking: box.ranking.map((entry) => ({ ...entry, holdoutZ: confirmed.get(identity(entry))!.z })),
    holdout: checkBox(box.drivers, fresh, freshFailed, holdout.seed),
  };
}
