import { getCatalogue } from '../../../shared/catalogue';
import { runAttribution } from '../../../shared/compare';
import type { CompareError } from '../../../shared/compare/compare-error';
import type { Scenario } from '../../../shared/domain/scenario';
import type { PreparedScenario } from '../../../shared/engine';
import { prepareScenario, runPrepared } from '../../../shared/engine';
import type { Attribution } from '../../../shared/engine/attribution';
import type { EngineError } from '../../../shared/engine/engine-error';
import type { GoalSeekAnswer } from '../../../shared/engine/goal-seek';
import { goalSeek } from '../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../shared/engine/goal-seek-request';
import type { ModelVersion } from '../../../shared/engine/model-version';
import { monteCarloMeta, summarizeDraws } from '../../../shared/engine/monte-carlo';
import type { DrawSamples } from '../../../shared/engine/monte-carlo-draws';
import { collectDraws } from '../../../shared/engine/monte-carlo-draws';
import { DEFAULT_TARGETS } from '../../../shared/engine/targets';
import type { Result } from '../../../shared/result';
import { err } from '../../../shared/result';
import type { EngineBands, EngineRun } from './protocol';

function prepare(scenario: Scenario, modelVersion?: ModelVersion): Result<PreparedScenario, EngineError> {
  const catalogue = getCatalogue(scenario.catalogue);
  if (!catalogue) return err({ kind: 'unknown-catalogue', catalogue: scenario.catalogue });
  return prepareScenario(scenario, catalogue, { modelVersion });
}

/** One deterministic run, reduced to what the charts and comparisons read (less to send). */
export function runDeterministic(scenario: Scenario): Result<EngineRun, EngineError> {
  const prepared = prepare(scenario);
  if (!prepared.ok) return prepared;
  const run = runPrepared(prepared.value, { recordOpenIds: false });
  if (!run.ok) return run;
  const { years, sectorIds, S, C, aggregateS, chokepointsOpen, notices, dt, costs } = run.value;
  const { fiscalTotal, disruptionTotal, substitutionTotal } = costs;
  return {
    ok: true,
    value: {
      years,
      sectorIds,
      S,
      C,
      aggregateS,
      chokepointsOpen,
      notices,
      dt,
      costs: { fiscalTotal, disruptionTotal, substitutionTotal },
    },
  };
}

export type BandsStep =
  | 'chunk'
  | {
      readonly done: number;
      readonly outcome: Result<EngineBands, EngineError & { readonly draw?: number }>;
    };

/**
 * Monte Carlo bands on `seed` in chunks of draws: yields 'chunk' between chunks (where a caller may
 * stop, or let other work run) and the bands so far at each checkpoint. The same seed gives draw i the
 * same parameters in every scenario (common random numbers), which comparisons rely on.
 */
export function* bandsInChunks(
  scenario: Scenario,
  seed: number,
  checkpoints: readonly number[],
  chunk = 10,
  modelVersion?: ModelVersion,
): Generator<BandsStep> {
  const parts: DrawSamples[] = [];
  let done = 0;
  const range = { seed, from: 0, to: checkpoints.at(-1) ?? 0 };
  for (const step of drawsInChunks(scenario, range, checkpoints, chunk, modelVersion)) {
    if (step === 'chunk') {
      yield step;
    } else if (!step.outcome.ok) {
      yield { outcome: step.outcome, done };
      return;
    } else {
      for (const part of step.outcome.value) {
        parts.push(part);
        done += part.to - part.from;
      }
      yield { outcome: bandsFromDraws(scenario, seed, parts, modelVersion), done };
    }
  }
}

export type DrawsStep =
  | 'chunk'
  | {
      readonly last: boolean;
      /** The draws since the previous checkpoint, in chunks, in draw order. */
      readonly outcome: Result<readonly DrawSamples[], EngineError & { readonly draw?: number }>;
    };

/**
 * The raw samples of draws `from … to − 1` in chunks: yields 'chunk' between chunks and, at each
 * checkpoint (an absolute draw count inside the range) and at the end, the samples drawn since the
 * previous one. The caller merges ranges from several threads into bands (`summarizeDraws`), with the
 * same result as one thread drawing them all.
 */
export function* drawsInChunks(
  scenario: Scenario,
  range: { readonly seed: number; readonly from: number; readonly to: number },
  checkpoints: readonly number[],
  chunk = 10,
  modelVersion?: ModelVersion,
): Generator<DrawsStep> {
  const prepared = prepare(scenario, modelVersion);
  if (!prepared.ok) {
    yield { outcome: prepared, last: true };
    return;
  }
  const marks = [...checkpoints.filter((mark) => mark > range.from && mark < range.to), range.to];
  let done = range.from;
  for (const mark of marks) {
    const parts: DrawSamples[] = [];
    while (done < mark) {
      const to = Math.min(mark, done + chunk);
      const samples = collectDraws(prepared.value, {
        seed: range.seed,
        from: done,
        to,
        targets: DEFAULT_TARGETS,
      });
      if (!samples.ok) {
        yield { outcome: samples, last: true };
        return;
      }
      parts.push(samples.value);
      done = to;
      if (done < mark) yield 'chunk';
    }
    yield { outcome: { ok: true, value: parts }, last: mark === range.to };
  }
}

/** Bands from raw samples of one scenario's draws on `seed`, however they were split (in draw order). */
export function bandsFromDraws(
  scenario: Scenario,
  seed: number,
  parts: readonly DrawSamples[],
  modelVersion?: ModelVersion,
): Result<EngineBands, EngineError> {
  const prepared = prepare(scenario, modelVersion);
  if (!prepared.ok) return prepared;
  const { draws, S, C, aggregateS, chokepointsOpen, targetProbability } = summarizeDraws(
    parts,
    monteCarloMeta(prepared.value, seed),
  );
  return { ok: true, value: { draws, seed, S, C, aggregateS, chokepointsOpen, targetProbability } };
}

/** Draw counts at which the editor shows partial bands: early enough to see, few enough to stay cheap. */
export function progressiveCheckpoints(total: number): number[] {
  const marks = [25, 100, 250].filter((mark) => mark < total);
  return [...marks, total];
}

/** Exact Shapley attribution of other − reference (128–256 deterministic runs). */
export function attribution(reference: Scenario, other: Scenario): Result<Attribution, CompareError> {
  const catalogue = getCatalogue(reference.catalogue);
  if (!catalogue) return err({ kind: 'unknown-catalogue', catalogue: reference.catalogue });
  return runAttribution(reference, other, catalogue);
}

/** The engine's goal seek (bisection, about 17 deterministic runs). */
export function seekGoal(
  scenario: Scenario,
  request: GoalSeekRequest,
): Result<GoalSeekAnswer, GoalSeekError> {
  const catalogue = getCatalogue(scenario.catalogue);
  if (!catalogue)
    return err({ kind: 'engine', error: { kind: 'unknown-catalogue', catalogue: scenario.catalogue } });
  return goalSeek(scenario, catalogue, request);
}
