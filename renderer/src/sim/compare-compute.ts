import { getCatalogue } from '../../../shared/catalogue';
import type { Catalogue } from '../../../shared/catalogue/types';
import type { BandOutputs, CompareError, RunOutputs } from '../../../shared/compare';
import { runAttribution } from '../../../shared/compare';
import type { Scenario } from '../../../shared/domain/scenario';
import type { PreparedScenario } from '../../../shared/engine';
import { prepareScenario, runPrepared } from '../../../shared/engine';
import type { GoalSeekAnswer } from '../../../shared/engine/goal-seek';
import { goalSeek } from '../../../shared/engine/goal-seek';
import type { GoalSeekError, GoalSeekRequest } from '../../../shared/engine/goal-seek-request';
import { monteCarloMeta, summarizeDraws } from '../../../shared/engine/monte-carlo';
import type { DrawSamples } from '../../../shared/engine/monte-carlo-draws';
import { collectDraws } from '../../../shared/engine/monte-carlo-draws';
import { DEFAULT_TARGETS } from '../../../shared/engine/targets';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';

function catalogueOf(scenario: Scenario): Result<Catalogue, CompareError> {
  const catalogue = getCatalogue(scenario.catalogue);
  return catalogue ? ok(catalogue) : err({ kind: 'unknown-catalogue', catalogue: scenario.catalogue });
}

function prepare(scenario: Scenario): Result<PreparedScenario, CompareError> {
  const catalogue = catalogueOf(scenario);
  if (!catalogue.ok) return catalogue;
  const prepared = prepareScenario(scenario, catalogue.value);
  return prepared.ok ? prepared : err({ kind: 'engine', name: scenario.name, error: prepared.error });
}

/** The deterministic run, reduced to what a comparison reads (less to copy out of the worker). */
export function comparisonRun(scenario: Scenario): Result<RunOutputs, CompareError> {
  const prepared = prepare(scenario);
  if (!prepared.ok) return prepared;
  const run = runPrepared(prepared.value, { recordOpenIds: false });
  if (!run.ok) return err({ kind: 'engine', name: scenario.name, error: run.error });
  const { years, sectorIds, S, C, aggregateS, chokepointsOpen, costs, dt } = run.value;
  const { fiscalTotal, disruptionTotal, substitutionTotal } = costs;
  return ok({
    years,
    sectorIds,
    S,
    C,
    aggregateS,
    chokepointsOpen,
    costs: { fiscalTotal, disruptionTotal, substitutionTotal },
    dt,
  });
}

/**
 * Monte Carlo bands on the comparison's seed (common random numbers: draw i takes the same parameters
 * in every compared scenario), in chunks: yields 'chunk' between them so the caller can stop when the
 * comparison changes, and the bands once all draws are done.
 */
export function* comparisonBands(
  scenario: Scenario,
  seed: number,
  draws: number,
  chunk = 25,
): Generator<'chunk' | Result<BandOutputs, CompareError>> {
  const prepared = prepare(scenario);
  if (!prepared.ok) {
    yield prepared;
    return;
  }
  const parts: DrawSamples[] = [];
  for (let from = 0; from < draws; from += chunk) {
    const samples = collectDraws(prepared.value, {
      seed,
      from,
      to: Math.min(draws, from + chunk),
      targets: DEFAULT_TARGETS,
    });
    if (!samples.ok) {
      yield err({ kind: 'engine', name: scenario.name, error: samples.error });
      return;
    }
    parts.push(samples.value);
    if (from + chunk < draws) yield 'chunk';
  }
  const summary = summarizeDraws(parts, monteCarloMeta(prepared.value, seed));
  const { S, C, aggregateS, chokepointsOpen, targetProbability } = summary;
  yield ok({ draws: summary.draws, seed, S, C, aggregateS, chokepointsOpen, targetProbability });
}

/** Exact Shapley attribution of other − reference (128–256 deterministic runs). */
export function comparisonAttribution(reference: Scenario, other: Scenario) {
  const catalogue = catalogueOf(reference);
  return catalogue.ok ? runAttribution(reference, other, catalogue.value) : catalogue;
}

/** The engine's goal seek (bisection, about 17 deterministic runs). */
export function comparisonGoalSeek(
  scenario: Scenario,
  request: GoalSeekRequest,
): Result<GoalSeekAnswer, GoalSeekError> {
  const catalogue = getCatalogue(scenario.catalogue);
  if (!catalogue)
    return err({ kind: 'engine', error: { kind: 'unknown-catalogue', catalogue: scenario.catalogue } });
  return goalSeek(scenario, catalogue, request);
}
