import type { Catalogue } from '../catalogue/types';
import type { LeverId } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import { applyPackage, leverValue } from './apply-package';
import type { CentralRunner, DrawFailure, DrawRunner } from './draw-runner';
import type { CentralReading, DrawReading } from './evaluate';
import { fiscalCost, passesNeeded, readCentral, readDraws, readRun } from './evaluate';
import type { FailureBox } from './failure-box';
import { planFailureDrivers } from './failure-drivers';
import type { FrontierPoint } from './frontier';
import { paretoFrontier } from './frontier';
import type { OptimizeError } from './optimize-error';
import type { CheckedProblem, OptimizeProblem } from './problem';
import { checkProblem } from './problem';
import { seededRandom, shuffled } from './seeded-random';

export interface OptimizeProgress {
  readonly phase: 'prescreen' | 'frontier' | 'refine' | 'drivers';
  readonly centralRuns: number;
  /** Monte Carlo draws run so far, over every candidate. */
  readonly drawRuns: number;
  readonly frontier: readonly FrontierPoint[];
  /** The least-cost package so far that meets the confidence, if any. */
  readonly best?: { readonly cost: number; readonly confidence: number };
}

export interface SearchOptions {
  /** Checked between engine runs; an AbortSignal fits. */
  readonly signal?: { readonly aborted: boolean };
  readonly onProgress?: (progress: OptimizeProgress) => void;
  /**
   * Awaited between steps of the search: a host whose messages arrive only when the search yields (a
   * worker) passes a short pause here, so a cancel is heard even between Monte Carlo readings.
   */
  readonly pause?: () => Promise<void>;
  /**
   * Runs the pre-screen's central runs (one per lever at each step of the walk) elsewhere, e.g. on the
   * worker threads that run the draws: the walk then takes a fraction of the time and warms those
   * threads for the first reading on the draws. Without it they run on the calling thread.
   */
  readonly centralRunner?: CentralRunner;
  /** At most this many candidates are read on the draws while refining (default 40). */
  readonly maxRefinements?: number;
}

/** One lever in one sector of the plan, with its level in the starting scenario for comparison. */
export interface PackageEntry {
  readonly lever: LeverId;
  readonly sector: string;
  readonly level: number;
  /** The lever's value in the package's first year under the starting scenario. */
  readonly start: number;
}

/** A lever held at the top of its range where more of it would still help: why a target is out of reach. */
export interface BindingBound {
  readonly lever: LeverId;
  readonly sector: string;
  readonly level: number;
  /** How much the confidence falls when the lever is one pre-screen step lower. */
  readonly effect: number;
}

export interface OtherCosts {
  readonly disruption: number;
  readonly substitution: number;
}

/** The starting scenario measured as the plan is: what the plan is compared with. */
export interface PlanCosts extends OtherCosts {
  readonly cost: number;
  readonly confidence: number;
}

export interface PlanResult {
  readonly feasible: boolean;
  /** When not feasible: what held the best package back, the levers' ranges or the budget. */
  readonly limitedBy?: 'bounds' | 'budget';
  /** Share of the problem's draws in which every target holds under the plan. */
  readonly confidence: number;
  /** Cumulative fiscal cost to the horizon, discounted to the base year (E12), on the central run. */
  readonly cost: number;
  readonly package: readonly PackageEntry[];
  /** The starting scenario with the package written in (same id: the caller names and saves it). */
  readonly scenario: Scenario;
  readonly start: PlanCosts;
  /** The plan's disruption and substitution costs (discounted alike), which the search does not minimise. */
  readonly otherCosts: OtherCosts;
  readonly frontier: readonly FrontierPoint[];
  readonly bindingBounds: readonly BindingBound[];
  readonly failureDrivers: FailureBox | null;
  /** Candidates refused because a draw was numerically unstable even at the smallest step. */
  readonly unstableCandidates: number;
  readonly evaluations: { readonly centralRuns: number; readonly drawRuns: number };
  readonly problem: {
    readonly confidence: number;
    readonly draws: number;
    readonly seed: number;
    readonly discountRate: number;
    readonly fromYear: number;
    readonly rampYears: number;
    readonly budget?: number;
  };
}

/** The pre-screen walks each lever's range in this many steps. */
const COARSE_STEPS = 8;
/** The refinement halves its step down to this fraction of each range. */
const FINE_STEPS = 64;
/** Between two readings on the draws, the pre-screen's central slack must grow by at least this. */
const SLACK_BETWEEN_READINGS = 0.01;
const TRADE_PARTNERS = 4;
const TRADE_STEPS = 4;

interface Candidate {
  readonly levels: readonly number[];
  readonly central: CentralReading;
}

interface Measured extends Candidate {
  readonly draws: DrawReading;
}

class Cancelled {}

/**
 * Finds the least-cost package of the allowed levers that meets every target in at least the asked share
 * of Monte Carlo draws (docs/model.md, "Finding a plan"):
 * 1. the cheapest package is read on every draw (the first frontier point), then, unless it meets the
 *    confidence with room to spare, a deterministic pre-screen walks from it upward, each step raising the lever that
 *    buys the most central-run slack per unit of cost (free levers all at once);
 * 2. packages along that walk are read on every draw (common random numbers), giving the frontier, and a
 *    bisection on the walk finds its first package that meets the confidence;
 * 3. a seeded pattern search lowers levers one at a time, or trades one lever for another, keeping a move
 *    only when it is cheaper and still meets the confidence on the same draws. Candidates that miss stop
 *    after the wave of draws that makes the confidence impossible (exact, since the draws are fixed).
 * Deterministic for a seed; `signal` cancels between engine runs.
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
    return await search(checked.value, runner, options);
  } catch (error) {
    if (error instanceof Cancelled) return err({ kind: 'cancelled' });
    throw error;
  }
}

async function search(
  problem: CheckedProblem,
  runner: DrawRunner,
  options: SearchOptions,
): Promise<Result<PlanResult, OptimizeError>> {
  const { variables } = problem;
  const need = passesNeeded(problem);
  const points: FrontierPoint[] = [];
  let centralRuns = 0;
  let drawRuns = 0;
  let unstable = 0;
  let incumbent: Measured | undefined;

  const checkCancelled = () => {
    if (options.signal?.aborted) throw new Cancelled();
  };
  const withinBudget = (cost: number) => problem.budget === undefined || cost <= problem.budget + 1e-9;
  const confidenceOf = (reading: DrawReading) => reading.passes / problem.draws;
  const meets = (reading: DrawReading) => reading.complete && reading.passes >= need;
  const report = (phase: OptimizeProgress['phase']) =>
    options.onProgress?.({
      phase,
      centralRuns,
      drawRuns,
      frontier: paretoFrontier(points),
      ...(incumbent
        ? { best: { cost: incumbent.central.cost, confidence: confidenceOf(incumbent.draws) } }
        : {}),
    });
  const central = (levels: readonly number[]): CentralReading | undefined => {
    checkCancelled();
    centralRuns++;
    const reading = readCentral(problem, levels);
    if (reading.ok) return reading.value;
    unstable++;
    return undefined;
  };
  /** Central readings of several packages, on the central runner when there is one (same numbers). */
  const centralAll = async (all: readonly (readonly number[])[]): Promise<(CentralReading | undefined)[]> => {
    const runner = options.centralRunner;
    if (!runner) return all.map(central);
    checkCancelled();
    const scenarios = all.map((levels) =>
      applyPackage(problem.scenario, problem.catalogue, problem.variables, levels, problem),
    );
    const runs = await runner(scenarios, problem.stepsPerYear);
    checkCancelled();
    centralRuns += all.length;
    return runs.map((run, i) => {
      if (run.ok) return readRun(scenarios[i]!, run.value, problem);
      unstable++;
      return undefined;
    });
  };
  /** Reads a candidate on the draws; undefined when a draw is unstable (the candidate is refused). */
  const measure = async (
    candidate: Candidate,
    stopWhenInfeasible: boolean,
  ): Promise<Result<Measured | undefined, DrawFailure>> => {
    checkCancelled();
    const reading = await readDraws(problem, candidate.central.scenario, runner, stopWhenInfeasible);
    checkCancelled();
    if (!reading.ok) {
      if (reading.error.kind !== 'unstable') return reading;
      unstable++;
      return ok(undefined);
    }
    drawRuns += reading.value.evaluated;
    const measured = { ...candidate, draws: reading.value };
    if (reading.value.complete) {
      const confidence = confidenceOf(reading.value);
      points.push({
        cost: candidate.central.cost,
        confidence,
        levels: [...candidate.levels],
        feasible: confidence * problem.draws >= need && withinBudget(candidate.central.cost),
      });
    }
    return ok(measured);
  };

  // The world must run at all before anything else is tried.
  const startCentral = fiscalCost(problem.scenario, problem);
  if (!startCentral.ok) return err({ kind: 'engine', error: startCentral.error });

  // 1. Pre-screen: the greedy walk from the cheapest package.
  const coarse = variables.map((variable) => (variable.max - variable.min) / COARSE_STEPS);
  const bottom = variables.map((variable) => variable.min);
  const bottomReading = central(bottom);
  if (!bottomReading) {
    const run = readCentral(problem, bottom);
    return err({
      kind: 'engine',
      error: run.ok ? { kind: 'worker-failed', reason: 'unreachable' } : run.error,
    });
  }
  if (!withinBudget(bottomReading.cost))
    return err({ kind: 'budget-below-cheapest', budget: problem.budget!, cheapest: bottomReading.cost });

  const path: Candidate[] = [{ levels: bottom, central: bottomReading }];
  const readings = new Map<number, Measured>();
  const stopAt = Math.min(0.99, problem.confidence + (1 - problem.confidence) / 2);
  let lastReadSlack = -Infinity;
  // The cheapest package is read on the draws before the walk: the first frontier point then comes after
  // one central run and one reading (not after the pre-screen), and when the cheapest package already
  // meets the confidence with room to spare the walk is not needed at all.
  const cheapest = await measure(path[0]!, false);
  if (!cheapest.ok) return err({ kind: 'engine', error: cheapest.error });
  if (cheapest.value) readings.set(0, cheapest.value);
  report('prescreen');
  const walk = !cheapest.value || confidenceOf(cheapest.value.draws) < stopAt;
  while (walk) {
    await options.pause?.();
    report('prescreen');
    const here = path[path.length - 1]!;
    const moves: { index: number; candidate: Candidate }[] = [];
    const raised = variables.flatMap((variable, i) => {
      if (here.levels[i]! >= variable.max) return [];
      const levels = [...here.levels];
      levels[i] = Math.min(variable.max, levels[i]! + coarse[i]!);
      return [{ index: i, levels }];
    });
    const raisedReadings = await centralAll(raised.map((move) => move.levels));
    raised.forEach(({ index, levels }, k) => {
      const reading = raisedReadings[k];
      if (reading && withinBudget(reading.cost))
        moves.push({ index, candidate: { levels, central: reading } });
    });
    const atEnd = moves.length === 0;
    const slack = here.central.slack;
    if (atEnd || (slack >= 0 && slack >= lastReadSlack + SLACK_BETWEEN_READINGS)) {
      const index = path.length - 1;
      const measured = index === 0 ? cheapest : await measure(here, false);
      if (!measured.ok) return err({ kind: 'engine', error: measured.error });
      if (measured.value) {
        readings.set(index, measured.value);
        lastReadSlack = slack;
        report('prescreen');
        if (confidenceOf(measured.value.draws) >= stopAt) break;
      }
    }
    if (atEnd) break;
    const next = chooseMove(here, moves);
    if (!Array.isArray(next)) {
      path.push(next as Candidate);
      continue;
    }
    const together = central(next);
    // Free moves that clash together (or cost over the budget together) are taken one at a time.
    path.push(
      together && withinBudget(together.cost) && together.slack >= here.central.slack - 1e-12
        ? { levels: next, central: together }
        : moves.find((move) => move.candidate.central.cost <= here.central.cost + 1e-9)!.candidate,
    );
  }

  // 2. The first package on the walk that meets the confidence (the readings are monotone along it in
  //    practice, as every lever the walk raises is; the bisection is exact on the readings it takes).
  const indices = [...readings.keys()].sort((a, b) => a - b);
  const firstMeeting = indices.find((index) => meets(readings.get(index)!.draws));
  if (firstMeeting !== undefined) {
    let low = indices.filter((index) => index < firstMeeting).at(-1) ?? -1;
    let high = firstMeeting;
    incumbent = readings.get(high)!;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      const measured = await measure(path[middle]!, true);
      if (!measured.ok) return err({ kind: 'engine', error: measured.error });
      if (measured.value && meets(measured.value.draws)) {
        high = middle;
        incumbent = measured.value;
      } else {
        low = middle;
      }
      report('frontier');
    }
  }
  report('frontier');

  // 3. Refinement: cheaper packages that still meet the confidence on the same draws.
  if (incumbent) {
    const random = seededRandom(problem.seed);
    let budget = options.maxRefinements ?? 40;
    for (let steps = COARSE_STEPS * 2; steps <= FINE_STEPS && budget > 0; steps *= 2) {
      let improved = true;
      while (improved && budget > 0) {
        improved = false;
        for (const i of shuffled(
          variables.map((_, index) => index),
          random,
        )) {
          await options.pause?.();
          const current: Measured = incumbent;
          const variable = variables[i]!;
          if (current.levels[i]! <= variable.min) continue;
          const down = [...current.levels];
          down[i] = Math.max(variable.min, down[i]! - (variable.max - variable.min) / steps);
          const lowered = central(down);
          if (!lowered || lowered.cost >= current.central.cost - 1e-9) continue;
          const candidates: Candidate[] = [{ levels: down, central: lowered }];
          const partners = shuffled(
            variables
              .map((_, index) => index)
              .filter((j) => j !== i && current.levels[j]! < variables[j]!.max),
            random,
          ).slice(0, TRADE_PARTNERS);
          for (const j of partners) {
            const trade = [...down];
            for (let k = 0; k < TRADE_STEPS && trade[j]! < variables[j]!.max; k++) {
              trade[j] = Math.min(
                variables[j]!.max,
                trade[j]! + (variables[j]!.max - variables[j]!.min) / steps,
              );
              const reading = central(trade);
              if (!reading || reading.cost >= current.central.cost - 1e-9) break;
              if (reading.slack >= current.central.slack) {
                candidates.push({ levels: [...trade], central: reading });
                break;
              }
            }
          }
          candidates.sort((a, b) => a.central.cost - b.central.cost);
          for (const candidate of candidates.slice(0, 2)) {
            budget--;
            const measured = await measure(candidate, true);
            if (!measured.ok) return err({ kind: 'engine', error: measured.error });
            if (measured.value && meets(measured.value.draws)) {
              incumbent = measured.value;
              improved = true;
              report('refine');
              break;
            }
            if (budget <= 0) break;
          }
          if (improved || budget <= 0) break;
        }
      }
    }
  }

  // The world as it is: the starting scenario's own cost and confidence, for comparison (read last,
  // so the first frontier point comes as early as it can).
  const startDraws = await readDraws(problem, problem.scenario, runner, false);
  checkCancelled();
  if (!startDraws.ok) return err({ kind: 'engine', error: startDraws.error });
  drawRuns += startDraws.value.evaluated;
  const start: PlanCosts = {
    cost: startCentral.value.cost,
    confidence: confidenceOf(startDraws.value),
    disruption: startCentral.value.disruption,
    substitution: startCentral.value.substitution,
  };

  // The answer: the incumbent, or the most confident package read within the budget.
  const chosen = incumbent ?? bestReading(readings);
  if (!chosen)
    return err({ kind: 'engine', error: { kind: 'worker-failed', reason: 'no package could be run' } });
  let final: Measured = chosen;
  report('drivers');
  const feasible = incumbent !== undefined;
  const atTop = (index: number) => final.levels[index]! >= variables[index]!.max;
  // A bound binds when the lever at the top of its range, one step lower, meets the targets in fewer
  // draws. One that does not bind is left lowered when that is cheaper: the best package is then cheaper.
  const bindingBounds: BindingBound[] = [];
  if (!feasible) {
    for (const [i, variable] of variables.entries()) {
      if (!atTop(i)) continue;
      const lower = [...final.levels];
      lower[i] = variable.max - coarse[i]!;
      const reading = central(lower);
      const measured = reading ? await measure({ levels: lower, central: reading }, false) : ok(undefined);
      if (!measured.ok) return err({ kind: 'engine', error: measured.error });
      if (!measured.value) continue;
      const effect = (final.draws.passes - measured.value.draws.passes) / problem.draws;
      if (effect > 0)
        bindingBounds.push({ lever: variable.lever, sector: variable.sector, level: variable.max, effect });
      else if (measured.value.central.cost < final.central.cost && withinBudget(measured.value.central.cost))
        final = measured.value;
    }
  }
  const scenario = final.central.scenario;
  bindingBounds.sort((a, b) => b.effect - a.effect);
  return ok({
    feasible,
    ...(feasible
      ? {}
      : {
          limitedBy:
            problem.budget !== undefined && !variables.every((_, i) => chosen.levels[i]! >= variables[i]!.max)
              ? 'budget'
              : 'bounds',
        }),
    confidence: confidenceOf(final.draws),
    cost: final.central.cost,
    package: variables.map((variable, i) => ({
      lever: variable.lever,
      sector: variable.sector,
      level: Number(final.levels[i]!.toPrecision(6)),
      start: leverValue(
        problem.catalogue,
        problem.scenario,
        variable.sector,
        variable.lever,
        problem.fromYear,
      ),
    })),
    scenario,
    start,
    otherCosts: { disruption: final.central.disruption, substitution: final.central.substitution },
    frontier: paretoFrontier(points),
    bindingBounds,
    failureDrivers: planFailureDrivers(problem, scenario, final.draws.meeting),
    unstableCandidates: unstable,
    evaluations: { centralRuns, drawRuns },
    problem: {
      confidence: problem.confidence,
      draws: problem.draws,
      seed: problem.seed,
      discountRate: problem.discountRate,
      fromYear: problem.fromYear,
      rampYears: problem.rampYears,
      ...(problem.budget !== undefined ? { budget: problem.budget } : {}),
    },
  });
}

/**
 * The walk's next package: every free move that does not lower the slack, all at once (their levels, to
 * be read); otherwise the move buying the most slack per unit of cost; when none buys slack, the cheapest.
 */
function chooseMove(
  here: Candidate,
  moves: readonly { index: number; candidate: Candidate }[],
): Candidate | readonly number[] {
  const gain = (move: { candidate: Candidate }) => move.candidate.central.slack - here.central.slack;
  const price = (move: { candidate: Candidate }) => move.candidate.central.cost - here.central.cost;
  const free = moves.filter((move) => price(move) <= 1e-9 && gain(move) >= -1e-12);
  if (free.length === 1) return free[0]!.candidate;
  if (free.length > 1) {
    const levels = [...here.levels];
    for (const move of free) levels[move.index] = move.candidate.levels[move.index]!;
    return levels;
  }
  const buying = moves.filter((move) => gain(move) > 1e-12);
  return (buying.length > 0 ? buying : moves).reduce((best, move) => {
    if (buying.length === 0) return price(move) < price(best) ? move : best;
    return gain(move) / price(move) > gain(best) / price(best) ? move : best;
  }).candidate;
}

function bestReading(readings: ReadonlyMap<number, Measured>): Measured | undefined {
  let best: Measured | undefined;
  for (const reading of readings.values()) {
    if (
      !best ||
      reading.draws.passes > best.draws.passes ||
      (reading.draws.passes === best.draws.passes && reading.central.cost < best.central.cost)
    )
      best = reading;
  }
  return best;
}
