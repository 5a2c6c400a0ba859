import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { Result } from '../result';
import type { EngineError } from './engine-error';
import { prepareScenario } from './prepare-scenario';
import type { RunOptions } from './run-prepared';
import { runPrepared } from './run-prepared';
import type { SimulationResult } from './simulation-result';

/** One deterministic run of a scenario at default (or overridden) parameters. */
export function runScenario(
  scenario: Pick<Scenario, 'sectors' | 'parameters' | 'baseYear' | 'horizon'>,
  catalogue: Catalogue,
  options: Pick<RunOptions, 'stepsPerYear' | 'recordOpenIds'> = {},
): Result<SimulationResult, EngineError> {
  const prepared = prepareScenario(scenario, catalogue);
  return prepared.ok ? runPrepared(prepared.value, options) : prepared;
}
