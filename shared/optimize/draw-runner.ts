import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { DrawRange, DrawSamples, EngineError, SimulationResult } from '../engine';
import { collectDraws, prepareScenario } from '../engine';
import type { Result } from '../result';
import { ok } from '../result';

export type DrawFailure = EngineError & { readonly draw?: number };

/**
 * Runs a range of Monte Carlo draws of a scenario, on this thread or split over worker threads. The
 * parts come back in draw order; draw i depends only on (seed, i), so how a range is split never changes
 * the numbers (the search is deterministic whatever the number of threads).
 */
export type DrawRunner = (
  scenario: Scenario,
  range: DrawRange,
) => Promise<Result<readonly DrawSamples[], DrawFailure>>;

/**
 * Runs the central (deterministic) runs of several scenarios, e.g. spread over worker threads, each
 * result in the order asked. A run is the same on any thread, so the search's answer does not change.
 */
export type CentralRunner = (
  scenarios: readonly Scenario[],
  stepsPerYear: number | undefined,
) => Promise<readonly Result<SimulationResult, EngineError>[]>;

/** Draws on the calling thread (tests, and the interface's engine runner, one wave at a time). */
export function localDrawRunner(catalogue: Catalogue): DrawRunner {
  return async (scenario, range) => {
    const prepared = prepareScenario(scenario, catalogue);
    if (!prepared.ok) return prepared;
    const samples = collectDraws(prepared.value, range);
    return samples.ok ? ok([samples.value]) : samples;
  };
}
