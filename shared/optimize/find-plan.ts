import type { Catalogue } from '../catalogue/types';
import type { Result } from '../result';
import { err, ok } from '../result';
import { bindingBounds } from './binding-bounds';
import { climbWithinBudget } from './climb-within-budget';
import type { DrawRunner } from './draw-runner';
import { fiscalCost, readCentral } from './evaluate';
import type { FailureDrivers } from './failure-drivers';
import { checkOnFreshDraws } from './fresh-draws';
import { paretoFrontier } from './frontier';
import { costTolerance } from './lexicographic-choice';
import { mostConfidentAnswer } from './most-confident-answer';
import type { OptimizeError } from './optimize-error';
import { packageEntries } from './package-entries';
import type { BindingBound, PlanCosts, PlanResult, Robustness } from './plan-result';
import { bestReading, Cancelled, PlanSearch, SearchFailed } from './plan-search';
import { priceTheAnswer } from './price-of-confidence';
import type { CheckedProblem, OptimizeProblem } from './problem';
import { checkProblem } from './problem';
import { refinePlan } from './refine-plan';
import type { SearchOptions } from './search-options';
import type { TargetShortfall } from './shortfall';
import { targetShortfall } from './shortfall';
import { firstMeetingOnWalk, walkFromCheapest } from './walk-from-cheapest';

/**
 * Finds the least-cost package of the allowed levers that meets every target in at least the asked share
 * of Monte Carlo draws (docs/model.md, "Finding a plan"):
 * 1. the cheapest package is read on every draw (the first frontier point), then, unless it meets the
 *    confidence with room to spare, a deterministic pre-screen walks from it upward, each step raising the
 *    lever that buys the most central-run slack per unit of cost (free levers all at once);
 * 2. packages along that walk are read on every draw (common random numbers), giving the frontier, and a
 *    bisection on the walk finds its first package that meets the confidence;
 * 3. a seeded pattern search lowers levers one at a time, or trades one lever for another, keeping a move
 *    only when it is cheaper and still meets the confidence on the same draws;
 * 4. the answer is, among packages within the cost tolerance of the least cost, the most confident
 *    (raising levers within that tolerance while it buys draws), with every lever that changes neither
 *    cost nor confidence left at the start's schedule; then each lever's price of confidence (a step
 *    down and up), the answer on fresh draws, and what breaks it, checked on those fresh draws.
 * Deterministic for a seed; `signal` cancels between engine runs; `timeUp` stops with the best so far.
 */
export async function findPlan(
  problem: OptimizeProblem,
  catalogue: Catalogue,
  runner: DrawRunner,
  options: SearchOptions = {},
): Promise<Result<PlanResult, OptimizeError>> {
  const checked = checkProblem(problem, catalogue);
  if (!checked.ok) return checked;
  try {
    return await search(new PlanSearch(checked.value, runner, options), options);
  } catch (error) {
    if (error instanceof Cancelled) return err({ kind: 'cancelled' });
    if (error instanceof SearchFailed) return err({ kind: 'engine', error: error.error });
    throw error;
  }
}

async function search(
  search: PlanSearch,
  options: SearchOptions,
): Promise<Result<PlanResult, OptimizeError>> {
  const { problem, variables } = search;

  // The world must run at all before anything else is tried.
  const startCentral = fiscalCost(problem.scenario, problem);
  if (!startCentral.ok) return err({ kind: 'engine', error: startCentral.error });

  const bottom = variables.map((variable) => variable.min);
  const bottomReading = search.central(bottom);
  if (!bottomReading) {
    const run = readCentral(problem, bottom);
    return err({
      kind: 'engine',
      error: run.ok ? { kind: 'worker-failed', reason: 'unreachable' } : run.error,
    });
  }
  if (!search.withinBudget(bottomReading.cost))
    return err({ kind: 'budget-below-cheapest', budget: problem.budget!, cheapest: bottomReading.cost });

  // 1–2. The pre-screen's walk from the cheapest package, and its first package meeting the confidence.
  await firstMeetingOnWalk(
    search,
    await walkFromCheapest(search, { levels: bottom, central: bottomReading }),
  );

  // 3. Refinement: cheaper packages that still meet the confidence on the same draws. With a budget
  //    the answer found may cost more than it allows: the refinement then gets a second allowance.
  const allowance = options.maxRefinements ?? 40;
  if (search.incumbent) {
    await refinePlan(search, allowance);
    if (!search.withinBudget(search.incumbent.central.cost) && !search.choose())
      await refinePlan(search, allowance);
  }
  if (problem.budget !== undefined && !search.choose() && !search.outOfTime())
    await climbWithinBudget(search, problem.budget, allowance);

  // 4. The answer, and each lever's price of confidence.
  const { answer, prices } = await priceTheAnswer(search, await mostConfidentAnswer(search));

  // The world as it is: the starting scenario's own cost and confidence, for comparison (read last,
  // so the first frontier point comes as early as it can).
  const startDraws = await search.readAll(problem.scenario);
  const start: PlanCosts = {
    cost: startCentral.value.cost,
    confidence: search.confidenceOf(startDraws),
    disruption: startCentral.value.disruption,
    substitution: startCentral.value.substitution,
  };

  // Not feasible: the most confident package read within the budget.
  const feasible = answer !== undefined;
  const chosen =
    answer ??
    bestReading(search.complete.filter((entry) => search.withinBudget(entry.central.cost))) ??
    bestReading(search.complete);
  if (!chosen)
    return err({ kind: 'engine', error: { kind: 'worker-failed', reason: 'no package could be run' } });
  search.report('drivers');
  let final = chosen;
  let bounds: BindingBound[] = [];
  if (!feasible && !search.outOfTime()) ({ best: final, bounds } = await bindingBounds(search, chosen));
  const scenario = final.central.scenario;

  // How far out of reach: the best package's values per target, on the same draws.
  let shortfall: TargetShortfall[] | undefined;
  if (!feasible) {
    const values = (await search.readAll(scenario, { values: true })).values!;
    shortfall = problem.targets.map((target, k) => targetShortfall(target, values[k]!, search.need));
  }

  let robustness: Robustness | null = null;
  let failureDrivers: FailureDrivers | null = null;
  if (!search.outOfTime())
    ({ robustness, failureDrivers } = await checkOnFreshDraws(search, final, scenario, feasible));

  return ok({
    feasible,
    ...(search.stoppedByTime ? { stopped: 'time' as const } : {}),
    ...(feasible ? {} : { limitedBy: limitedBy(problem, search) }),
    confidence: search.confidenceOf(final.draws),
    cost: final.central.cost,
    package: packageEntries(problem, final.levels),
    scenario,
    start,
    otherCosts: { disruption: final.central.disruption, substitution: final.central.substitution },
    frontier: paretoFrontier(search.points),
    bindingBounds: bounds,
    ...(shortfall ? { shortfall } : {}),
    priceOfConfidence: feasible ? prices : [],
    robustness,
    failureDrivers,
    unstableCandidates: search.unstable,
    evaluations: { centralRuns: search.centralRuns, drawRuns: search.drawRuns },
    problem: {
      confidence: problem.confidence,
      draws: problem.draws,
      seed: problem.seed,
      discountRate: problem.discountRate,
      fromYear: problem.fromYear,
      rampYears: problem.rampYears,
      ...(problem.budget !== undefined ? { budget: problem.budget } : {}),
      costTolerance: costTolerance(final.central.cost),
    },
  });
}

/** What held a package that does not meet the confidence back: the budget, when one met it above it. */
function limitedBy(problem: CheckedProblem, search: PlanSearch): 'bounds' | 'budget' {
  return problem.budget !== undefined && search.incumbent !== undefined ? 'budget' : 'bounds';
}
