import type { Result } from '../result';
import { ok } from '../result';
import type { EngineError } from './engine-error';
import type { DrawSamples } from './monte-carlo-draws';
import { collectDraws } from './monte-carlo-draws';
import type { PreparedScenario } from './prepare-scenario';
import type { Band } from './quantiles';
import { bandsOf } from './quantiles';
import { DEFAULT_TARGETS } from './targets';

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

function concat(
  parts: readonly DrawSamples[],
  key: 'S' | 'C' | 'aggregateS' | 'chokepointsOpen' | 'fiscalTotal' | 'disruptionTotal' | 'substitutionTotal',
): Float64Array {
  const out = new Float64Array(parts.reduce((total, part) => total + part[key].length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part[key], at);
    at += part[key].length;
  }
  return out;
}

/**
 * Bands and probabilities from the samples of consecutive draw ranges (in order). The same draws give
 * the same result however they were split between threads.
 */
export function summarizeDraws(
  parts: readonly DrawSamples[],
  meta: {
    readonly seed: number;
    readonly sectorIds: readonly string[];
    readonly baseYear: number;
    readonly chokepoints: number;
  },
): MonteCarloResult {
  const first = parts[0]!;
  const { sectors, years, targets } = first;
  const draws = parts.reduce((total, part) => total + (part.to - part.from), 0);
  const width = sectors * years;
  const chokepointsOpen = concat(parts, 'chokepointsOpen');
  const chokepointsAtHorizon = new Array<number>(meta.chokepoints + 1).fill(0);
  for (let d = 0; d < draws; d++) chokepointsAtHorizon[chokepointsOpen[d * years + years - 1]!]! += 1;

  const targetProbability: Record<string, Record<string, Float64Array>> = {};
  meta.sectorIds.forEach((sectorId, s) => {
    const perTarget: Record<string, Float64Array> = {};
    targets.forEach((target, t) => {
      const reached = new Float64Array(years);
      for (const part of parts) {
        for (let i = 0; i < part.to - part.from; i++) {
          const index = part.firstReach[(i * targets.length + t) * sectors + s]!;
          if (index >= 0) for (let y = index; y < years; y++) reached[y]! += 1;
        }
      }
      perTarget[String(target)] = reached.map((count) => count / draws);
    });
    targetProbability[sectorId] = perTarget;
  });

  return {
    draws,
    seed: meta.seed,
    sectorIds: meta.sectorIds,
    years: Array.from({ length: years }, (_, y) => meta.baseYear + y),
    S: bandsOf(concat(parts, 'S'), draws, width),
    C: bandsOf(concat(parts, 'C'), draws, width),
    aggregateS: bandsOf(concat(parts, 'aggregateS'), draws, years),
    chokepointsOpen: bandsOf(chokepointsOpen, draws, years),
    fiscalTotal: bandsOf(concat(parts, 'fiscalTotal'), draws, years),
    disruptionTotal: bandsOf(concat(parts, 'disruptionTotal'), draws, years),
    substitutionTotal: bandsOf(concat(parts, 'substitutionTotal'), draws, years),
    targetProbability,
    chokepointsAtHorizon,
    dt: Math.min(...parts.map((part) => part.dt)),
  };
}

/**
 * Runs `draws` draws of the prepared scenario on this thread. Draw i takes the same parameter values in
 * every scenario run with the same seed (common random numbers), so differences between scenarios are
 * their levers'.
 */
export function runMonteCarlo(
  prepared: PreparedScenario,
  options: MonteCarloOptions,
): Result<MonteCarloResult, EngineError & { draw?: number }> {
  const draws = Math.max(1, options.draws ?? DEFAULT_DRAWS);
  const samples = collectDraws(prepared, {
    seed: options.seed,
    from: 0,
    to: draws,
    targets: options.targets ?? DEFAULT_TARGETS,
    stepsPerYear: options.stepsPerYear,
  });
  if (!samples.ok) return samples;
  return ok(summarizeDraws([samples.value], monteCarloMeta(prepared, options.seed)));
}

/** What summarizing needs besides the samples. */
export function monteCarloMeta(prepared: PreparedScenario, seed: number) {
  return {
    seed,
    sectorIds: prepared.parameters.sectorIds,
    baseYear: prepared.inputs.baseYear,
    chokepoints: prepared.chokepoints.ids.length,
  };
}
