import type { LeverDefaults } from '../catalogue/types';
import type { InputId } from '../domain/inputs';
import type { ModelParameters } from './model-parameters';

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
