import type { Catalogue } from '../catalogue/types';
import type { LeverId } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { err, ok } from '../result';
import { applyPackage, leverDefault, leverValue } from './apply-package';
import type { CentralRunner, DrawFailure, DrawRunner } from './draw-runner';
import type { CentralReading, DrawReading } from './evaluate';
import { fiscalCost, passesNeeded, readCentral, readDraws, readRun } from './evaluate';
import { shapeOf } from '../domain/schedule-shape';
import type { ScheduleShape } from '../domain/schedule-shape';
import { scenarioSchedule } from '../domain/scenario';
import type { FailureDrivers } from './failure-drivers';
import { planFailureDrivers } from './failure-drivers';
import { chooseAnswer, costTolerance } from './lexicographic-choice';
import type { TargetShortfall } from './shortfall';
import { targetShortfall } from './shortfall';
import type { FrontierPoint } from './frontier';
import { paretoFrontier } from './frontier';
import type { OptimizeError } from './optimize-error';
import type { CheckedProblem, OptimizeProblem } from './problem';
import { checkProblem } from './problem';
import { seededRandom, shuffled } from './seeded-random';

export interface OptimizeProgress {
  readonly phase: 'prescreen' | 'frontier' | 'refine' | 'polish' | 'price' | 'holdout' | 'drivers';
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
  /**
   * Asked between steps, like `signal`: once true the search stops where it is and answers with the
   * best package found so far, marked `stopped: 'time'` (what is left undone is left out).
   */
  readonly timeUp?: () => boolean;
}

/** One lever in one sector of the plan, with its level in the starting scenario for comparison. */
export interface PackageEntry {
  readonly lever: LeverId;
  readonly sector: string;
  /** The level from the package's first year (for a lever left alone, the start's value that year). */
  readonly level: number;
  /** The lever's value in the package's first year under the starting scenario. */
  readonly start: number;
  /** The starting scenario's schedule of the lever (a constant, a step, a ramp…). */
  readonly startShape: ScheduleShape;
  /** Left at the start's schedule: changing it changed neither the cost nor the confidence. */
  readonly leftAlone: boolean;
}

/** A package one step away from the answer in one lever, measured on the same draws. */
export interface PriceStep {
  readonly level: number;
  readonly cost: number;
  readonly confidence: number;
}

/** Why the package holds this lever where it does: what a step down or up would cost and buy. */
export interface PriceOfConfidence {
  readonly lever: LeverId;
  readonly sector: string;
  readonly level: number;
  /** Absent at the bottom of the lever's range. */
  readonly down?: PriceStep;
  /** Absent at the top of the lever's range. */
  readonly up?: PriceStep;
}

/** The answer read again on fresh draws: does its confidence hold off the draws it was chosen on? */
export interface Robustness {
  readonly seed: number;
  readonly draws: number;
  readonly confidence: number;
  readonly meets: boolean;
  /** The fewest of the search's passing draws whose failing would lose the asked confidence (feasible answers). */
  readonly dependsOn?: number;
  /** The answer hinges on two draws or fewer. */
  readonly fragile: boolean;
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
  /** Present when the time limit stopped the search: the answer is the best package found until then. */
  readonly stopped?: 'time';
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
  /** When not feasible: per target, the value reached at the asked confidence and the confidence at the target. */
  readonly shortfall?: readonly TargetShortfall[];
  /** For each lever the package changes: a step down and up, one at a time, on the same draws. */
  readonly priceOfConfidence: readonly PriceOfConfidence[];
  /** The answer on fresh draws (absent when the time limit stopped the search first). */
  readonly robustness: Robustness | null;
  readonly failureDrivers: FailureDrivers | null;
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
    /** Packages within this much (USD bn) of the least cost found count as least-cost. */
    readonly costTolerance: number;
  };
}

/** The pre-screen walks each lever's range in this many steps (also the step of the price of confidence). */
const COARSE_STEPS = 8;
/** The refinement halves its step down to this fraction of each range. */
const FINE_STEPS = 64;
/** Between two readings on the draws, the pre-screen's central slack must grow by at least this. */
const SLACK_BETWEEN_READINGS = 0.01;
const TRADE_PARTNERS = 4;
const TRADE_STEPS = 4;
/** Rounds of raising a lever within the cost tolerance while that buys confidence. */
const CLIMB_ROUNDS = 4;
/** Budget mode tries trades between every two levers only for problems up to this many variables. */
const MAX_TRADE_VARIABLES = 6;
/** An answer that loses the asked confidence when this many of its passing draws fail is flagged. */
const FRAGILE_DRAWS = 2;

interface Candidate {
  readonly levels: readonly number[];
  readonly central: CentralReading;
}

interface Measured extends Candidate {
  readonly draws: DrawReading;
}

class Cancelled {}

/** A different seed for the hold-out draws, the same for a given search seed. */
export function holdoutSeed(seed: number): number {
  return (seed ^ 0x5bd1e995) >>> 0;
}

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
  const complete: Measured[] = [];
  const readByLevels = new Map<string, Measured>();
  let centralRuns = 0;
  let drawRuns = 0;
  let unstable = 0;
  let incumbent: Measured | undefined;
  let stopped = false;

  const checkCancelled = () => {
    if (options.signal?.aborted) throw new Cancelled();
  };
  const outOfTime = () => {
    if (!stopped && options.timeUp?.()) stopped = true;
    return stopped;
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
  /**
   * Reads a candidate on the draws, stopping early once `stopBelow` passes are out of reach; undefined
   * when a draw is unstable (the candidate is refused). Complete readings are frontier points.
   */
  const measure = async (
    candidate: Candidate,
    stopBelow?: number,
  ): Promise<Result<Measured | undefined, DrawFailure>> => {
    checkCancelled();
    // The draws are fixed, so a package read once in full reads the same again (the price of confidence
    // often steps back onto a package the search has read).
    const known = readByLevels.get(candidate.levels.join(','));
    if (known) return ok(known);
    const reading = await readDraws(
      problem,
      candidate.central.scenario,
      runner,
      stopBelow === undefined ? {} : { stopBelow },
    );
    checkCancelled();
    if (!reading.ok) {
      if (reading.error.kind !== 'unstable') return reading;
      unstable++;
      return ok(undefined);
    }
    drawRuns += reading.value.evaluated;
    const measured = { ...candidate, draws: reading.value };
    if (reading.value.complete) {
      complete.push(measured);
      readByLevels.set(candidate.levels.join(','), measured);
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
  const leftAloneCount = (levels: readonly number[]) => levels.filter(Number.isNaN).length;
  /** The lexicographic answer over every package measured so far (see chooseAnswer). */
  const choose = (): Measured | undefined =>
    chooseAnswer(
      complete
        .filter((entry) => meets(entry.draws) && withinBudget(entry.central.cost))
        .map((entry) => ({
          entry,
          cost: entry.central.cost,
          passes: entry.draws.passes,
          leftAlone: leftAloneCount(entry.levels),
        })),
    )?.entry;

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
  const cheapest = await measure(path[0]!);
  if (!cheapest.ok) return err({ kind: 'engine', error: cheapest.error });
  if (cheapest.value) readings.set(0, cheapest.value);
  report('prescreen');
  // The walk ignores the budget: it maps where the targets are met; the budget only limits the answer
  // (a walk cut short by the budget can miss a package within it that a different path reaches).
  const walk = !cheapest.value || confidenceOf(cheapest.value.draws) < stopAt;
  while (walk && !outOfTime()) {
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
      if (reading) moves.push({ index, candidate: { levels, central: reading } });
    });
    const atEnd = moves.length === 0;
    const slack = here.central.slack;
    if (atEnd || (slack >= 0 && slack >= lastReadSlack + SLACK_BETWEEN_READINGS)) {
      const index = path.length - 1;
      const measured = index === 0 ? cheapest : await measure(here);
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
    // Free moves that clash together are taken one at a time.
    path.push(
      together && together.slack >= here.central.slack - 1e-12
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
    while (high - low > 1 && !outOfTime()) {
      const middle = Math.floor((low + high) / 2);
      const measured = await measure(path[middle]!, need);
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

  // 3. Refinement: cheaper packages that still meet the confidence on the same draws. With a budget
  //    the answer found may cost more than it allows: the refinement then gets a second allowance.
  const refine = async (allowance: number): Promise<DrawFailure | undefined> => {
    const random = seededRandom(problem.seed);
    let left = allowance;
    for (let steps = COARSE_STEPS * 2; steps <= FINE_STEPS && left > 0; steps *= 2) {
      let improved = true;
      while (improved && left > 0 && incumbent && !outOfTime()) {
        improved = false;
        for (const i of shuffled(
          variables.map((_, index) => index),
          random,
        )) {
          await options.pause?.();
          if (outOfTime()) break;
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
            left--;
            const measured = await measure(candidate, need);
            if (!measured.ok) return measured.error;
            if (measured.value && meets(measured.value.draws)) {
              incumbent = measured.value;
              improved = true;
              report('refine');
              break;
            }
            if (left <= 0) break;
          }
          if (improved || left <= 0) break;
        }
      }
    }
    return undefined;
  };
  const allowance = options.maxRefinements ?? 40;
  if (incumbent) {
    const failure = await refine(allowance);
    if (failure) return err({ kind: 'engine', error: failure });
    if (!withinBudget(incumbent.central.cost) && !choose()) {
      const again = await refine(allowance);
      if (again) return err({ kind: 'engine', error: again });
    }
  }
  // Budget mode, when nothing found meets the confidence within the budget: climb from the most
  // confident package within it, raising a lever (or trading one for another) while the cost stays
  // within the budget, toward the draws still missing.
  if (problem.budget !== undefined && !choose() && !outOfTime()) {
    const ceiling = problem.budget;
    let from = bestReading(complete.filter((entry) => withinBudget(entry.central.cost)));
    let left = allowance;
    const trades = variables.length <= MAX_TRADE_VARIABLES;
    for (let steps = COARSE_STEPS; from && steps <= FINE_STEPS && left > 0 && !choose(); steps *= 2) {
      for (let improved = true; improved && left > 0 && !choose() && !outOfTime();) {
        improved = false;
        const here: Measured = from!;
        const step = (i: number) => (variables[i]!.max - variables[i]!.min) / steps;
        const moves: number[][] = [];
        for (const [j, variable] of variables.entries()) {
          if (here.levels[j]! >= variable.max) continue;
          const up = (levels: number[]) => {
            levels[j] = Math.min(variable.max, levels[j]! + step(j));
            return levels;
          };
          moves.push(up([...here.levels]));
          if (!trades) continue;
          for (const [i, lowered] of variables.entries())
            if (i !== j && here.levels[i]! > lowered.min) {
              const levels = up([...here.levels]);
              levels[i] = Math.max(lowered.min, levels[i]! - step(i));
              moves.push(levels);
            }
        }
        const movesRead = await centralAll(moves);
        let best: Measured = here;
        for (const [k, levels] of moves.entries()) {
          const reading = movesRead[k];
          if (!reading || reading.cost > ceiling + 1e-9 || left <= 0) continue;
          left--;
          await options.pause?.();
          const measured = await measure({ levels, central: reading }, best.draws.passes + 1);
          if (!measured.ok) return err({ kind: 'engine', error: measured.error });
          if (measured.value?.draws.complete && measured.value.draws.passes > best.draws.passes)
            best = measured.value;
        }
        if (best !== here) {
          from = best;
          improved = true;
          report('refine');
        }
      }
    }
  }

  // 4. The answer: the most confident package within the cost tolerance of the least cost.
  let answer = choose();
  if (answer && !outOfTime()) {
    report('polish');
    // Raise, one coarse step at a time, the lever that buys the most draws within the tolerance.
    for (let round = 0; round < CLIMB_ROUNDS && !outOfTime(); round++) {
      const least = Math.min(
        ...complete.filter((e) => meets(e.draws) && withinBudget(e.central.cost)).map((e) => e.central.cost),
      );
      const ceiling = Math.min(least + costTolerance(least), problem.budget ?? Infinity);
      const from: Measured = answer;
      let better: Measured | undefined;
      const raised = variables.flatMap((variable, i) =>
        from.levels[i]! < variable.max
          ? [from.levels.map((level, j) => (j === i ? Math.min(variable.max, level + coarse[i]!) : level))]
          : [],
      );
      const raisedReadings = await centralAll(raised);
      for (const [k, levels] of raised.entries()) {
        const reading = raisedReadings[k];
        if (!reading || reading.cost > ceiling) continue;
        await options.pause?.();
        const measured = await measure({ levels, central: reading }, (better ?? from).draws.passes + 1);
        if (!measured.ok) return err({ kind: 'engine', error: measured.error });
        if (measured.value?.draws.complete && measured.value.draws.passes > (better ?? from).draws.passes)
          better = measured.value;
      }
      if (!better) break;
      answer = choose() ?? better;
    }
    // Leave alone every lever that changes neither cost nor confidence.
    for (const [i] of variables.entries()) {
      if (outOfTime()) break;
      const current: Measured = answer!;
      if (Number.isNaN(current.levels[i]!)) continue;
      const levels = current.levels.map((level, j) => (j === i ? Number.NaN : level));
      const reading = central(levels);
      if (!reading || reading.cost > current.central.cost + 1e-9) continue;
      const measured = await measure({ levels, central: reading }, current.draws.passes);
      if (!measured.ok) return err({ kind: 'engine', error: measured.error });
      if (measured.value?.draws.complete && measured.value.draws.passes >= current.draws.passes)
        answer = measured.value;
    }
    answer = choose() ?? answer;
  }

  // Each lever's price of confidence: one step down and up from the answer, alone, on the same draws.
  // A step that turns out lexicographically better becomes the answer (and is priced in turn).
  const stepsOf = new Map<Measured, PriceOfConfidence[]>();
  const price = async (of: Measured): Promise<Result<PriceOfConfidence[], DrawFailure>> => {
    const entries: PriceOfConfidence[] = [];
    for (const [i, variable] of variables.entries()) {
      const level = of.levels[i]!;
      if (Number.isNaN(level)) continue;
      const step = async (to: number): Promise<Result<PriceStep | undefined, DrawFailure>> => {
        const levels = of.levels.map((value, j) => (j === i ? to : value));
        const reading = central(levels);
        if (!reading) return ok(undefined);
        await options.pause?.();
        const measured = await measure({ levels, central: reading });
        if (!measured.ok) return measured;
        return ok(
          measured.value
            ? { level: tidyLevel(to), cost: reading.cost, confidence: confidenceOf(measured.value.draws) }
            : undefined,
        );
      };
      const down =
        level > variable.min ? await step(Math.max(variable.min, level - coarse[i]!)) : ok(undefined);
      if (!down.ok) return down;
      const up =
        level < variable.max ? await step(Math.min(variable.max, level + coarse[i]!)) : ok(undefined);
      if (!up.ok) return up;
      entries.push({
        lever: variable.lever,
        sector: variable.sector,
        level: tidyLevel(level),
        ...(down.value ? { down: down.value } : {}),
        ...(up.value ? { up: up.value } : {}),
      });
    }
    return ok(entries);
  };
  for (let round = 0; answer && round < 3 && !outOfTime(); round++) {
    report('price');
    const priced = await price(answer);
    if (!priced.ok) return err({ kind: 'engine', error: priced.error });
    stepsOf.set(answer, priced.value);
    const next = choose();
    if (!next || next === answer) break;
    answer = next;
  }

  // The world as it is: the starting scenario's own cost and confidence, for comparison (read last,
  // so the first frontier point comes as early as it can).
  const startDraws = await readDraws(problem, problem.scenario, runner);
  checkCancelled();
  if (!startDraws.ok) return err({ kind: 'engine', error: startDraws.error });
  drawRuns += startDraws.value.evaluated;
  const start: PlanCosts = {
    cost: startCentral.value.cost,
    confidence: confidenceOf(startDraws.value),
    disruption: startCentral.value.disruption,
    substitution: startCentral.value.substitution,
  };

  // Not feasible: the most confident package read within the budget.
  const feasible = answer !== undefined;
  const chosen =
    answer ??
    bestReading(complete.filter((entry) => withinBudget(entry.central.cost))) ??
    bestReading(complete);
  if (!chosen)
    return err({ kind: 'engine', error: { kind: 'worker-failed', reason: 'no package could be run' } });
  let final: Measured = chosen;
  report('drivers');
  const atTop = (index: number) => final.levels[index]! >= variables[index]!.max;
  // A bound binds when the lever at the top of its range, one step lower, meets the targets in fewer
  // draws. One that does not bind is left lowered when that is cheaper: the best package is then cheaper.
  const bindingBounds: BindingBound[] = [];
  if (!feasible && !outOfTime()) {
    for (const [i, variable] of variables.entries()) {
      if (!atTop(i)) continue;
      const lower = [...final.levels];
      lower[i] = variable.max - coarse[i]!;
      const reading = central(lower);
      const measured = reading ? await measure({ levels: lower, central: reading }) : ok(undefined);
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

  // How far out of reach: the best package's values per target, on the same draws.
  let shortfall: TargetShortfall[] | undefined;
  if (!feasible) {
    const values = await readDraws(problem, scenario, runner, { values: true });
    checkCancelled();
    if (!values.ok) return err({ kind: 'engine', error: values.error });
    drawRuns += values.value.evaluated;
    shortfall = problem.targets.map((target, k) => targetShortfall(target, values.value.values![k]!, need));
  }

  // The answer on fresh draws (another seed, as many draws): its confidence there, and the draws that
  // check what breaks it.
  let robustness: Robustness | null = null;
  let failureDrivers: FailureDrivers | null = null;
  if (!outOfTime()) {
    report('holdout');
    const seed = holdoutSeed(problem.seed);
    const fresh = await readDraws(problem, scenario, runner, { seed });
    checkCancelled();
    if (!fresh.ok) return err({ kind: 'engine', error: fresh.error });
    drawRuns += fresh.value.evaluated;
    const dependsOn = feasible ? final.draws.passes - need + 1 : undefined;
    robustness = {
      seed,
      draws: problem.draws,
      confidence: confidenceOf(fresh.value),
      meets: fresh.value.passes >= need,
      ...(dependsOn !== undefined ? { dependsOn } : {}),
      fragile: dependsOn !== undefined && dependsOn <= FRAGILE_DRAWS,
    };
    report('drivers');
    failureDrivers = planFailureDrivers(
      problem,
      scenario,
      { seed: problem.seed, meeting: final.draws.meeting },
      { seed, meeting: fresh.value.meeting },
    );
  }

  return ok({
    feasible,
    ...(stopped ? { stopped: 'time' as const } : {}),
    ...(feasible
      ? {}
      : { limitedBy: problem.budget !== undefined && incumbent !== undefined ? 'budget' : 'bounds' }),
    confidence: confidenceOf(final.draws),
    cost: final.central.cost,
    package: variables.map((variable, i) => {
      const level = final.levels[i]!;
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
    }),
    scenario,
    start,
    otherCosts: { disruption: final.central.disruption, substitution: final.central.substitution },
    frontier: paretoFrontier(points),
    bindingBounds,
    ...(shortfall ? { shortfall } : {}),
    priceOfConfidence: stepsOf.get(final) ?? [],
    robustness,
    failureDrivers,
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
      costTolerance: costTolerance(final.central.cost),
    },
  });
}

const tidyLevel = (value: number) => Number(value.toPrecision(6));

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

/** The most confident of the readings, the cheaper of two equally confident. */
function bestReading(readings: readonly Measured[]): Measured | undefined {
  let best: Measured | undefined;
  for (const reading of readings) {
    if (
      !best ||
      reading.draws.passes > best.draws.passes ||
      (reading.draws.passes === best.draws.passes && reading.central.cost < best.central.cost)
    )
      best = reading;
  }
  return best;
}
