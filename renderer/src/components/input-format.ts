import type { InputId } from '../../../shared/domain/inputs';
import { INPUT_SCALES } from '../../../shared/domain/inputs';
import type { Formatters } from '../i18n/format';

/** Slider and arrow-key step of each input (its range is INPUT_RANGES). */
export const INPUT_STEP: Readonly<Record<InputId, number>> = {
  basicResearch: 0.05,
  rdTaxCut: 0.01,
  universityLinks: 0.05,
  clusters: 0.05,
  procurement: 0.05,
  openness: 0.05,
  restriction: 0.05,
};

/** Gridline spacing of the schedule chart's value axis. */
export const AXIS_INTERVAL: Readonly<Record<InputId, number>> = {
  basicResearch: 0.5,
  rdTaxCut: 0.1,
  universityLinks: 0.25,
  clusters: 0.25,
  procurement: 0.25,
  openness: 0.25,
  restriction: 0.25,
};

/** Whether the input is a multiple of its base-year level (INPUT_SCALES); the others show in percent. */
export function isMultiple(input: InputId): boolean {
  return INPUT_SCALES[input] === 'multiple';
}

/** Factor between stored values and the numbers typed into fields (percent fields are ×100). */
export function fieldScale(input: InputId): number {
  return isMultiple(input) ? 1 : 100;
}

export function formatInputValue(input: InputId, value: number, format: Formatters): string {
  return isMultiple(input) ? `${format.fixed(value, 2)}×` : format.percent(value);
}
