import type { LeverDefaults } from '../catalogue/types';
import type { InputId } from '../domain/inputs';
import { INPUT_IDS } from '../domain/inputs';
import type { ModelParameters } from './model-parameters';
import type { ScenarioInputs } from './scenario-inputs';

/** The base-year default of an input in sector `s`: what holds before the base year and where unset. */
export function inputDefault(
  input: InputId,
  s: number,
  defaults: LeverDefaults,
  parameters: ModelParameters,
): number {
  switch (input) {
    case 'procurement':
      return parameters.data.m0[s]!;
    case 'restriction':
      return parameters.data.r0[s]!;
    default:
      return defaults[input];
  }
}

/** Yearly input values with every "default" (NaN) replaced by this run's base-year default. */
export function resolveInputs(
  inputs: ScenarioInputs,
  defaults: LeverDefaults,
  parameters: ModelParameters,
): Record<InputId, Float64Array> {
  const out = {} as Record<InputId, Float64Array>;
  const n = inputs.sectorIds.length;
  for (const input of INPUT_IDS) {
    const values = inputs.schedules[input].slice();
    for (let s = 0; s < n; s++) {
      const fallback = inputDefault(input, s, defaults, parameters);
      for (let y = 0; y < inputs.years; y++) {
        const i = s * inputs.years + y;
        if (Number.isNaN(values[i]!)) values[i] = fallback;
      }
    }
    out[input] = values;
  }
  return out;
}
