import type { LeverDefaults } from '../catalogue/types';
import { CATALOGUE_DEFAULT_INPUTS } from '../domain/inputs';
import { DATA_KEYS, SCALAR_PARAMETER_KEYS } from '../domain/parameter-keys';
import type { Result } from '../result';
import { ok } from '../result';
import type { Calibration } from './calibrate';
import { calibrate } from './calibrate';
import type { EngineError } from './engine-error';
import type { ModelParameters } from './model-parameters';

/**
 * This thread's last successful calibration and a copy of every number it was computed from. Runs that
 * change only inputs (a slider edit, attribution's mixed schedules, goal seeking) calibrate the same
 * parameters again and again. The key is the parameters' values, not the object: Monte Carlo draws and
 * sensitivity runs rewrite one parameters object in place, so its identity says nothing.
 */
let last:
  { readonly key: Float64Array; readonly ids: readonly string[]; readonly value: Calibration } | undefined;

/** The arrays of the last parameters object asked about (an object's arrays are never replaced). */
let lastSources:
  { readonly parameters: ModelParameters; readonly arrays: readonly Float64Array[] } | undefined;
/** Every lever default `calibrate` may read: LeverDefaults' keys, from the one list of inputs. */
const LEVER_DEFAULT_KEYS = CATALOGUE_DEFAULT_INPUTS;

/** The lever defaults and step of the key, then the parameters' numbers. */
const SCALARS = LEVER_DEFAULT_KEYS.length + 1;

/** Everything `calibrate` reads from the parameters: their arrays, collected once per object. */
function sources(parameters: ModelParameters): readonly Float64Array[] {
  if (lastSources?.parameters === parameters) return lastSources.arrays;
  const arrays: Float64Array[] = [];
  for (const key of SCALAR_PARAMETER_KEYS) arrays.push(parameters.values[key]);
  for (const key of DATA_KEYS) arrays.push(parameters.data[key]);
  arrays.push(parameters.omega);
  lastSources = { parameters, arrays };
  return arrays;
}

function writeScalars(key: Float64Array, leverDefaults: LeverDefaults, stepsPerYear: number): void {
  LEVER_DEFAULT_KEYS.forEach((name, i) => {
    key[i] = leverDefaults[name];
  });
  key[LEVER_DEFAULT_KEYS.length] = stepsPerYear;
}

/** A scratch key for the lever defaults and step of the call (compared like every other number). */
const scalars = new Float64Array(SCALARS);

/** Whether `arrays` hold exactly the numbers of `key`, as Object.is compares: NaN equals NaN, 0 ≠ −0. */
function sameNumbers(arrays: readonly Float64Array[], key: Float64Array): boolean {
  let at = 0;
  for (const values of [scalars, ...arrays]) {
    if (at + values.length > key.length) return false;
    for (let i = 0; i < values.length; i++, at++) {
      const a = values[i]!;
      const b = key[at]!;
      if (a === b ? a === 0 && 1 / a !== 1 / b : a === a || b === b) return false;
    }
  }
  return at === key.length;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `calibrate`, answered from this thread's last calibration when the parameters, lever defaults and step
 * hold the same numbers. The answer is shared between runs: its arrays and notices are never written.
 */
export function calibrateCached(
  parameters: ModelParameters,
  leverDefaults: LeverDefaults,
  stepsPerYear: number,
): Result<Calibration, EngineError> {
  const arrays = sources(parameters);
  writeScalars(scalars, leverDefaults, stepsPerYear);
  if (last && sameIds(last.ids, parameters.sectorIds) && sameNumbers(arrays, last.key)) return ok(last.value);
  const calibration = calibrate(parameters, leverDefaults, stepsPerYear);
  if (!calibration.ok) return calibration;
  let length = SCALARS;
  for (const values of arrays) length += values.length;
  const key = last?.key.length === length ? last.key : new Float64Array(length);
  writeScalars(key, leverDefaults, stepsPerYear);
  let at = SCALARS;
  for (const values of arrays) for (let i = 0; i < values.length; i++) key[at++] = values[i]!;
  // Frozen: the notices reach every result of these parameters, so none may change them.
  const value = { ...calibration.value, notices: Object.freeze([...calibration.value.notices]) };
  last = { key, ids: parameters.sectorIds, value };
  return ok(value);
}
