import { applyPackage } from './apply-package';
import type { DrawFailure, DrawRunner } from './draw-runner';
import type { CentralReading, DrawReading, ReadOptions } from './evaluate';
import { passesNeeded, readCentral, readDraws, readRun } from './evaluate';
import type { FrontierPoint } from './frontier';
import { paretoFrontier } from './frontier';
import { chooseAnswer } from './lexicographic-choice';
import type { OptimizeProgress, SearchOptions } from './search-options';
import type { CheckedProblem } from './problem';

/** The pre-screen walks each lever's range in this many steps (also the step of the price of confidence). */
export const COARSE_STEPS = 8;
/** The refinement halves its step down to this fraction of each range. */
export const FINE_STEPS = 64;

/** A package read on the central run. */
export interface Candidate {
  readonly levels: readonly number[];
  readonly central: CentralReading;
}

/** A package read on the central run and on the draws. */
export interface Measured extends Candidate {
  readonly draws: DrawReading;
}

/** Thrown when the search's signal is aborted; findPlan answers `cancelled`. */
export class Cancelled {}

/** Thrown when a run fails other than by a draw's instability; findPlan answers with the engine's error. */
export class SearchFailed {
  constructor(readonly error: DrawFailure) {}
}

/**
 * What every step of the plan finder shares: the problem, the packages measured so far (the frontier's
 * points, each complete reading once), the best package meeting the confidence, and the counts of runs.
 * Its readings count themselves, stop at a cancel and throw a failure, so the steps read as the search.
 */
export class PlanSearch {
  /** Passing draws that show the asked confidence. */
  readonly need: number;
  /** Each lever's pre-screen step: 1/COARSE_STEPS of its range. */
  readonly coarse: readonly number[];
  readonly points: FrontierPoint[] = [];
  /** Every package read on every draw, in the order read. */
  readonly complete: Measured[] = [];
  /** The least-cost package so far that meets the confidence (the refinement's start). */
  incumbent: Measured | undefined;
  centralRuns = 0;
  drawRuns = 0;
  /** Candidates refused because a draw was numerically unstable even at the smallest step. */
  unstable = 0;
  private readonly readByLevels = new Map<string, Measured>();
  private stopped = false;

  constructor(
    readonly problem: CheckedProblem,
    private readonly runner: DrawRunner,
    private readonly options: SearchOptions,
  ) {
    this.need = passesNeeded(problem);
    this.coarse = problem.variables.map((variable) => (variable.max - variable.min) / COARSE_STEPS);
  }

  get variables(): CheckedProblem['variables'] {
    return this.problem.variables;
  }

  /** The time limit stopped the search (once asked, it stays stopped). */
  get stoppedByTime(): boolean {
    return this.stopped;
  }

  checkCancelled(): void {
    if (this.options.signal?.aborted) throw new Cancelled();
  }

  outOfTime(): boolean {
    if (!this.stopped && this.options.timeUp?.()) this.stopped = true;
    return this.stopped;
  }

  /** The host's pause between steps (see SearchOptions.pause). */
  pause(): Promise<void> | undefined {
    return this.options.pause?.();
  }

  withinBudget(cost: number): boolean {
    return this.problem.budget === undefined || cost <= this.problem.budget + 1e-9;
  }

  confidenceOf(reading: DrawReading): number {
    return reading.passes / this.problem.draws;
  }

  meets(reading: DrawReading): boolean {
    return reading.complete && reading.passes >= this.need;
  }

  report(phase: OptimizeProgress['phase']): void {
    const incumbent = this.incumbent;
    this.options.onProgress?.({
      phase,
      centralRuns: this.centralRuns,
      drawRuns: this.drawRuns,
      frontier: paretoFrontier(this.points),
      ...(incumbent
        ? { best: { cost: incumbent.central.cost, confidence: this.confidenceOf(incumbent.draws) } }
        : {}),
    });
  }

  /** A package's central reading on this thread; undefined when the run is unstable. */
  central(levels: readonly number[]): CentralReading | undefined {
    this.checkCancelled();
    this.centralRuns++;
    const reading = readCentral(this.problem, levels);
    if (reading.ok) return reading.value;
    this.unstable++;
    return undefined;
  }

  /** Central readings of several packages, on the central runner when there is one (same numbers). */
  async centralAll(all: readonly (readonly number[])[]): Promise<(CentralReading | undefined)[]> {
    const runner = this.options.centralRunner;
    if (!runner) return all.map((levels) => this.central(levels));
    this.checkCancelled();
    const { problem } = this;
    const scenarios = all.map((levels) =>
      applyPackage(problem.scenario, problem.catalogue, problem.variables, levels, problem),
    );
    const runs = await runner(scenarios, problem.stepsPerYear);
    this.checkCancelled();
    this.centralRuns += all.length;
    return runs.map((run, i) => {
      if (run.ok) return readRun(scenarios[i]!, run.value, problem);
      this.unstable++;
      return undefined;
    });
  }

  /**
   * Reads a candidate on the draws, stopping early once `stopBelow` passes are out of reach; undefined
   * when a draw is unstable (the candidate is refused). Complete readings are frontier points.
   */
  async measure(candidate: Candidate, stopBelow?: number): Promise<Measured | undefined> {
    this.checkCancelled();
    // The draws are fixed, so a package read once in full reads the same again (the price of confidence
    // often steps back onto a package the search has read).
    const known = this.readByLevels.get(candidate.levels.join(','));
    if (known) return known;
    const { problem } = this;
    const reading = await readDraws(
      problem,
      candidate.central.scenario,
      this.runner,
      stopBelow === undefined ? {} : { stopBelow },
    );
    this.checkCancelled();
    if (!reading.ok) {
      if (reading.error.kind !== 'unstable') throw new SearchFailed(reading.error);
      this.unstable++;
      return undefined;
    }
    this.drawRuns += reading.value.evaluated;
    const measured = { ...candidate, draws: reading.value };
    if (reading.value.complete) {
      this.complete.push(measured);
      this.readByLevels.set(candidate.levels.join(','), measured);
      const confidence = this.confidenceOf(reading.value);
      this.points.push({
        cost: candidate.central.cost,
        confidence,
        levels: [...candidate.levels],
        feasible: confidence * problem.draws >= this.need && this.withinBudget(candidate.central.cost),
      });
    }
    return measured;
  }

  /** A scenario read on every draw, outside the frontier (the start, the answer's values, fresh draws). */
  async readAll(scenario: CentralReading['scenario'], options: ReadOptions = {}): Promise<DrawReading> {
    const reading = await readDraws(this.problem, scenario, this.runner, options);
    this.checkCancelled();
    if (!reading.ok) throw new SearchFailed(reading.error);
    this.drawRuns += reading.value.evaluated;
    return reading.value;
  }

  /** The packages measured on every draw that meet the confidence within the budget. */
  feasible(): Measured[] {
    return this.complete.filter((entry) => this.meets(entry.draws) && this.withinBudget(entry.central.cost));
  }

  /** The lexicographic answer over every package measured so far (see chooseAnswer). */
  choose(): Measured | undefined {
    return chooseAnswer(
      this.feasible().map((entry) => ({
        entry,
        cost: entry.central.cost,
        passes: entry.draws.passes,
        leftAlone: entry.levels.filter(Number.isNaN).length,
      })),
    )?.entry;
  }
}

/** The most confident of the readings, the cheaper of two equally confident. */
export function bestReading(readings: readonly Measured[]): Measured | undefined {
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
