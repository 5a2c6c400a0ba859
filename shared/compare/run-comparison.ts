import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { Attribution } from '../engine/attribution';
import { attributeDifference } from '../engine/attribution';
import { runMonteCarlo } from '../engine/monte-carlo';
import { prepareScenario } from '../engine/prepare-scenario';
import { runPrepared } from '../engine/run-prepared';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { CompareError } from './compare-error';
import type { ScenarioOutcome } from './compare-types';

export interface CompareRunOptions {
  readonly referenceId: string;
  /** Monte Carlo draws per scenario for the bands; none when absent or 0. */
  readonly draws?: number;
  readonly stepsPerYear?: number;
}

/**
 * The seed every compared scenario's Monte Carlo run uses: the reference's. With one seed draw i takes
 * the same parameter values in every scenario (common random numbers, model.md §6), so the bands differ
 * by the scenarios' levers, not by noise.
 */
export function comparisonSeed(scenarios: readonly Scenario[], referenceId: string): number {
  return (scenarios.find((scenario) => scenario.id === referenceId) ?? scenarios[0]!).seed;
}

/**
 * Runs every scenario deterministically and, when asked, with `draws` Monte Carlo draws on the
 * reference's seed. Heavy (about 0.4 s per 100 draws per scenario): the interface calls it, or its own
 * worker equivalent, off the main thread. Check the scenarios with `checkComparable` first.
 */
export function runComparison(
  scenarios: readonly Scenario[],
  catalogue: Catalogue,
  options: CompareRunOptions,
): Result<ScenarioOutcome[], CompareError> {
  const seed = comparisonSeed(scenarios, options.referenceId);
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    const failed = (error: Extract<CompareError, { kind: 'engine' }>['error']) =>
      err<CompareError>({ kind: 'engine', name: scenario.name, error });
    const prepared = prepareScenario(scenario, catalogue);
    if (!prepared.ok) return failed(prepared.error);
    const run = runPrepared(prepared.value, { stepsPerYear: options.stepsPerYear });
    if (!run.ok) return failed(run.error);
    if (!options.draws) {
      outcomes.push({ scenario, run: run.value });
      continue;
    }
    const bands = runMonteCarlo(prepared.value, {
      draws: options.draws,
      seed,
      stepsPerYear: options.stepsPerYear,
    });
    if (!bands.ok) return failed(bands.error);
    outcomes.push({ scenario, run: run.value, bands: bands.value });
  }
  return ok(outcomes);
}

/**
 * Why `other` differs from `reference`: exact Shapley contributions of every lever group (and of the
 * assumptions when they differ). 128 or 256 deterministic runs: heavy, the caller's choice when.
 */
export function runAttribution(
  reference: Scenario,
  other: Scenario,
  catalogue: Catalogue,
  options: { readonly stepsPerYear?: number } = {},
): Result<Attribution, CompareError> {
  const a = prepareScenario(reference, catalogue);
  if (!a.ok) return err({ kind: 'engine', name: reference.name, error: a.error });
  const b = prepareScenario(other, catalogue);
  if (!b.ok) return err({ kind: 'engine', name: other.name, error: b.error });
  const attribution = attributeDifference(a.value, b.value, options);
  return attribution.ok ? attribution : err({ kind: 'engine', name: other.name, error: attribution.error });
}
