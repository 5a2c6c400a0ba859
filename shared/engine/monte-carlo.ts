import type { Result } from '../result';
import { err, ok } from '../result';
import { buildDrawStreams, drawParameters } from './draw-parameters';
import type { EngineError } from './engine-error';
import { cloneModelParameters } from './model-parameters';
import type { PreparedScenario } from './prepare-scenario';
import type { Band } from './quantiles';
import { bandsOf } from './quantiles';
import { runPrepared } from './run-prepared';
import { DEFAULT_TARGETS, firstIndexReaching } from './targets';

export const DEFAULT_DRAWS = 500;

export interface MonteCarloOptions {
  readonly draws?: number;
  readonly seed: number;
  readonly stepsPerYear?: number;
  readonly targets?: readonly number[];
}

/** The spread of a scenario's outcomes over parameter and data uncertainty (model.md §6). */
export interface MonteCarloResult {
  readonly draws: number;
  readonly seed: number;
  readonly sectorIds: readonly string[];
  readonly years: readonly number[];
  /** Per-sector bands, flat `s * years + y` like the deterministic result. */
  readonly S: Band;
  readonly C: Band;
  readonly aggregateS: Band;
  readonly chokepointsOpen: Band;
  readonly fiscalTotal: Band;
  readonly disruptionTotal: Band;
  readonly substitutionTotal: Band;
  /** Per sector and target: the share of draws that reached the target by each year. */
  readonly targetProbability: Readonly<Record<string, Readonly<Record<string, Float64Array>>>>;
  /** How many draws end the horizon with 0, 1, 2, … chokepoints open. */
  readonly chokepointsAtHorizon: readonly number[];
  /** The smallest step any draw needed. */
  readonly dt: number;
}

/**
 * Runs `draws` draws of the prepared scenario. Draw i takes the same parameter values in every scenario
 * run with the same seed (common random numbers), so differences between scenarios are their levers'.
 */
export function runMonteCarlo(
  prepared: PreparedScenario,
  options: MonteCarloOptions,
): Result<MonteCarloResult, EngineError & { draw?: number }> {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const targets = options.targets ?? DEFAULT_TARGETS;
  const { catalogue, parameters: base, overrides } = prepared;
  const streams = buildDrawStreams(catalogue);
  const workspace = cloneModelParameters(base);
  const n = base.sectorIds.length;
  const years = prepared.inputs.horizon + 1;
  const sectorWidth = n * years;
  const samples = {
    S: new Float64Array(draws * sectorWidth),
    C: new Float64Array(draws * sectorWidth),
    aggregateS: new Float64Array(draws * years),
    chokepointsOpen: new Float64Array(draws * years),
    fiscalTotal: new Float64Array(draws * years),
    disruptionTotal: new Float64Array(draws * years),
    substitutionTotal: new Float64Array(draws * years),
  };
  const reachedBy = targets.map(() => new Float64Array(sectorWidth));
  const chokepointsAtHorizon = new Array<number>(prepared.chokepoints.ids.length + 1).fill(0);
  let dt = Infinity;
  let yearList: readonly number[] = [];

  for (let d = 0; d < draws; d++) {
    drawParameters(catalogue, streams, base, overrides, options.seed, d, workspace);
    const run = runPrepared(prepared, { parameters: workspace, stepsPerYear: options.stepsPerYear, recordOpenIds: false });
    if (!run.ok) return err({ ...run.error, draw: d });
    const result = run.value;
    yearList = result.years;
    dt = Math.min(dt, result.dt);
    samples.S.set(result.S, d * sectorWidth);
    samples.C.set(result.C, d * sectorWidth);
    samples.aggregateS.set(result.aggregateS, d * years);
    samples.chokepointsOpen.set(result.chokepointsOpen, d * years);
    samples.fiscalTotal.set(result.costs.fiscalTotal, d * years);
    samples.disruptionTotal.set(result.costs.disruptionTotal, d * years);
    samples.substitutionTotal.set(result.costs.substitutionTotal, d * years);
    chokepointsAtHorizon[result.chokepointsOpen[years - 1]!]! += 1;
    targets.forEach((target, t) => {
      for (let s = 0; s < n; s++) {
        const first = firstIndexReaching(result.S.subarray(s * years, (s + 1) * years), target);
        if (first < 0) continue;
        for (let y = first; y < years; y++) reachedBy[t]![s * years + y]! += 1;
      }
    });
  }

  const targetProbability: Record<string, Record<string, Float64Array>> = {};
  base.sectorIds.forEach((sectorId, s) => {
    const perTarget: Record<string, Float64Array> = {};
    targets.forEach((target, t) => {
      perTarget[String(target)] = reachedBy[t]!.slice(s * years, (s + 1) * years).map((count) => count / draws);
    });
    targetProbability[sectorId] = perTarget;
  });

  return ok({
    draws,
    seed: options.seed,
    sectorIds: base.sectorIds,
    years: yearList,
    S: bandsOf(samples.S, draws, sectorWidth),
    C: bandsOf(samples.C, draws, sectorWidth),
    aggregateS: bandsOf(samples.aggregateS, draws, years),
    chokepointsOpen: bandsOf(samples.chokepointsOpen, draws, years),
    fiscalTotal: bandsOf(samples.fiscalTotal, draws, years),
    disruptionTotal: bandsOf(samples.disruptionTotal, draws, years),
    substitutionTotal: bandsOf(samples.substitutionTotal, draws, years),
    targetProbability,
    chokepointsAtHorizon,
    dt,
  });
}
