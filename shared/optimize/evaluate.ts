import type { DrawSamples, EngineError, SimulationResult } from '../engine';
import { discountedCumulative, runScenario } from '../engine';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import { ok } from '../result';
import { applyPackage } from './apply-package';
import type { DrawFailure, DrawRunner } from './draw-runner';
import type { CheckedProblem } from './problem';
import { drawsMeeting, drawTargetValues, runSlack } from './read-targets';

/** A package read on the central run (every parameter at its default or the scenario's override). */
export interface CentralReading {
  readonly scenario: Scenario;
  /** Cumulative fiscal cost to the horizon, discounted to the base year (model.md E12), USD bn. */
  readonly cost: number;
  /** ≥ 0 when the central run meets every target (see read-targets). */
  readonly slack: number;
  /** The other two costs of E12, discounted alike: not minimised, shown so a cheap plan hides nothing. */
  readonly disruption: number;
  readonly substitution: number;
}

/** The cumulative discounted fiscal cost of a scenario's central run: what the plan's cost means. */
export function fiscalCost(scenario: Scenario, problem: CheckedProblem): Result<CentralReading, EngineError> {
  const run = runScenario(scenario, problem.catalogue, {
    stepsPerYear: problem.stepsPerYear,
    recordOpenIds: false,
  });
  return run.ok ? ok(readRun(scenario, run.value, problem)) : run;
}

/** A central run, wherever it ran, read as the search reads a package. */
export function readRun(scenario: Scenario, run: SimulationResult, problem: CheckedProblem): CentralReading {
  const total = (series: Float64Array) => discountedCumulative(series, problem.discountRate).at(-1)!;
  const { costs } = run;
  return {
    scenario,
    cost: total(costs.fiscalTotal),
    slack: runSlack(problem.targets, run),
    disruption: total(costs.disruptionTotal),
    substitution: total(costs.substitutionTotal),
  };
}

/** The package's scenario read on the central run. */
export function readCentral(
  problem: CheckedProblem,
  levels: ArrayLike<number>,
): Result<CentralReading, EngineError> {
  return fiscalCost(
    applyPackage(problem.scenario, problem.catalogue, problem.variables, levels, problem),
    problem,
  );
}

/** How many draws met every target, out of how many were run. */
export interface DrawReading {
  readonly passes: number;
  readonly evaluated: number;
  /** Every draw ran: `passes / evaluated` is the confidence. Otherwise the run stopped early. */
  readonly complete: boolean;
  /** Per draw (complete readings only), 1 where every target held. */
  readonly meeting: Uint8Array;
  /** Per target, per draw, the value the target is judged on (only when asked for). */
  readonly values?: readonly Float64Array[];
}

/** Draws are run in waves of this size, so a candidate that clearly misses stops early. */
export const DRAW_WAVE = 50;

/** The least number of passing draws that shows the confidence. */
export function passesNeeded(problem: CheckedProblem): number {
  return Math.ceil(problem.confidence * problem.draws - 1e-9);
}

export interface ReadOptions {
  /**
   * Stop after the wave that makes this many passing draws impossible (exact, not an estimate: the
   * draws are fixed). Absent: every draw runs.
   */
  readonly stopBelow?: number;
  /** Another seed than the problem's (fresh draws for a hold-out check). */
  readonly seed?: number;
  /** Also keep, per target and draw, the value the target is judged on. */
  readonly values?: boolean;
}

/**
 * Runs the scenario's draws (the problem's seed: common random numbers for every candidate) and counts
 * those meeting every target.
 */
export async function readDraws(
  problem: CheckedProblem,
  scenario: Scenario,
  runner: DrawRunner,
  options: ReadOptions = {},
): Promise<Result<DrawReading, DrawFailure>> {
  const { stopBelow } = options;
  const meeting = new Uint8Array(problem.draws);
  const sectorIds = problem.catalogue.sectors.map((sector) => sector.id);
  const values = options.values ? problem.targets.map(() => new Float64Array(problem.draws)) : undefined;
  let passes = 0;
  const wave = (from: number) =>
    runner(scenario, {
      seed: options.seed ?? problem.seed,
      from,
      to: Math.min(problem.draws, from + DRAW_WAVE),
      targets: [],
      stepsPerYear: problem.stepsPerYear,
    });
  // A reading that runs every draw asks for all its waves at once, so worker threads keep drawing while
  // this thread does other work (the plan finder's pre-screen); one that may stop asks wave by wave.
  const waves: Promise<Result<readonly DrawSamples[], DrawFailure>>[] = [];
  if (stopBelow === undefined)
    for (let from = 0; from < problem.draws; from += DRAW_WAVE) waves.push(wave(from));
  for (let from = 0; from < problem.draws; from += DRAW_WAVE) {
    const to = Math.min(problem.draws, from + DRAW_WAVE);
    const parts = await (waves[from / DRAW_WAVE] ?? wave(from));
    if (!parts.ok) return parts;
    for (const part of parts.value) {
      const met = drawsMeeting(problem.targets, part, sectorIds);
      meeting.set(met, part.from);
      for (const flag of met) passes += flag;
      if (values)
        drawTargetValues(problem.targets, part, sectorIds).forEach((series, k) =>
          values[k]!.set(series, part.from),
        );
    }
    if (stopBelow !== undefined && passes + (problem.draws - to) < stopBelow && to < problem.draws) {
      return ok({ passes, evaluated: to, complete: false, meeting: meeting.subarray(0, to) });
    }
  }
  return ok({
    passes,
    evaluated: problem.draws,
    complete: true,
    meeting,
    ...(values ? { values } : {}),
  });
}
