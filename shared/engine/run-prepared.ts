import type { Result } from '../result';
import { err, ok } from '../result';
import { calibrate } from './calibrate';
import { calibrateCached } from './calibration-cache';
import type { EngineError } from './engine-error';
import type { ModelParameters } from './model-parameters';
import type { RunNotice } from './notice';
import type { PreparedScenario } from './prepare-scenario';
import type { ScenarioInputs } from './scenario-inputs';
import type { SimulateOptions } from './simulate';
import { simulate } from './simulate';
import type { SimulationResult } from './simulation-result';

export const DEFAULT_STEPS_PER_YEAR = 12;
/** The smallest step the stability check may fall back to (model.md §5). */
export const MAX_STEPS_PER_YEAR = 384;

export interface RunOptions {
  /** Sub-steps per year: dt = 1 / stepsPerYear (default 12). */
  readonly stepsPerYear?: number;
  readonly recordOpenIds?: boolean;
  /** See SimulateOptions.reuseOutput: the result's arrays are valid only until the next such run. */
  readonly reuseOutput?: boolean;
  /** Schedules to run instead of the prepared ones (attribution mixes two scenarios' inputs). */
  readonly inputs?: ScenarioInputs;
  /** Parameters to run instead of the prepared ones (a Monte Carlo draw). */
  readonly parameters?: ModelParameters;
  readonly observe?: SimulateOptions['observe'];
}

/**
 * Calibrates and runs a prepared scenario. When a stability condition breaks, the whole run restarts
 * with half the step, down to dt = 1/384; the draw itself never changes, so common random numbers hold.
 */
export function runPrepared(
  prepared: PreparedScenario,
  options: RunOptions = {},
): Result<SimulationResult, EngineError> {
  const parameters = options.parameters ?? prepared.parameters;
  const inputs = options.inputs ?? prepared.inputs;
  const leverDefaults = prepared.catalogue.leverDefaults;
  let reduced: RunNotice | undefined;
  for (let stepsPerYear = options.stepsPerYear ?? DEFAULT_STEPS_PER_YEAR; ; stepsPerYear *= 2) {
    // Given parameters are a Monte Carlo draw or a sensitivity probe, new numbers every run: the cache,
    // which answers runs that change only inputs, would only miss.
    const calibration = options.parameters
      ? calibrate(parameters, leverDefaults, stepsPerYear)
      : calibrateCached(parameters, leverDefaults, stepsPerYear);
    if (!calibration.ok) return calibration;
    const outcome = simulate(inputs, parameters, calibration.value, leverDefaults, prepared.chokepoints, {
      stepsPerYear,
      recordOpenIds: options.recordOpenIds ?? true,
      reuseOutput: options.reuseOutput,
      observe: options.observe,
    });
    if ('result' in outcome) {
      const result = outcome.result;
      return ok(
        reduced ? { ...result, notices: [...result.notices, { ...reduced, dt: result.dt }] } : result,
      );
    }
    const sector = parameters.sectorIds[outcome.instability.sector]!;
    const condition = outcome.instability.condition;
    if (stepsPerYear * 2 > MAX_STEPS_PER_YEAR) {
      return err({ kind: 'unstable', condition, sector, dt: 1 / stepsPerYear });
    }
    reduced = { kind: 'dt-reduced', dt: 0, sector, condition };
  }
}
