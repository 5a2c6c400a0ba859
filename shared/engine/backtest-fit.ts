import type { CataloguedParameterKey } from '../domain/parameter-keys';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { BacktestSetup } from './backtest';
import { historicalSetup, runBacktest } from './backtest';
import { isInSample } from './backtest-sample';
import type { EngineError } from './engine-error';
import type { ModelVersion } from './model-version';
import { VERSION_2_PARAMETER_KEYS } from './model-version';

export { isInSample, LAST_FITTED_YEAR } from './backtest-sample';

/** The parameters model version 2 sets from the backtest; every other one rests on its source. */
export const FITTED_KEYS: readonly CataloguedParameterKey[] = ['muM'];

/** Grid step of the fit: coarser than anything the observations (approximate to a point) can resolve. */
export const FIT_STEP = 0.1;

/** The setup a fit may see: the same history with the observations after LAST_FITTED_YEAR removed. */
export function inSampleSetup(setup: BacktestSetup): BacktestSetup {
  return { ...setup, observations: setup.observations.filter(isInSample) };
}

export interface FittedValue {
  readonly key: CataloguedParameterKey;
  readonly value: number;
  /** Mean absolute error over the in-sample observations at the fitted value, points. */
  readonly inSampleMae: number;
  /** The allowed range the grid covered (the parameter's documented range). */
  readonly range: readonly [number, number];
}

/** The fitted parameters a model version has: version 1 has none of version 2's terms to fit. */
export function fittedKeys(modelVersion?: ModelVersion): readonly CataloguedParameterKey[] {
  if (modelVersion !== 1) return FITTED_KEYS;
  return FITTED_KEYS.filter((key) => !(VERSION_2_PARAMETER_KEYS as readonly string[]).includes(key));
}

/**
 * Fits one parameter at a time on the in-sample observations only: the value on a grid over its
 * documented allowed range that minimises the mean absolute error over every compared in-sample
 * observation, the others at their catalogue defaults (ties go to the smaller value). Deterministic.
 */
export function fitInSample(
  options: {
    readonly setup?: BacktestSetup;
    readonly keys?: readonly CataloguedParameterKey[];
    readonly modelVersion?: ModelVersion;
  } = {},
): Result<readonly FittedValue[], EngineError> {
  const setup = inSampleSetup(options.setup ?? historicalSetup());
  const { modelVersion } = options;
  const fitted: FittedValue[] = [];
  for (const key of options.keys ?? fittedKeys(modelVersion)) {
    const definition = setup.catalogue.parameters.find((parameter) => parameter.key === key);
    if (!definition) {
      return err({
        kind: 'invalid-parameter',
        key,
        value: Number.NaN,
        requirement: 'a catalogued parameter',
      });
    }
    const { min, max } = definition.range;
    let best: FittedValue | undefined;
    const steps = Math.round((max - min) / FIT_STEP);
    for (let i = 0; i <= steps; i++) {
      const value = Math.round((min + i * FIT_STEP) * 1e9) / 1e9;
      const run = runBacktest({ setup, parameters: { [key]: value }, modelVersion });
      if (!run.ok) return run;
      const mae = run.value.summary.all.mae;
      if (!best || mae < best.inSampleMae) best = { key, value, inSampleMae: mae, range: [min, max] };
    }
    fitted.push(best!);
  }
  return ok(fitted);
}
