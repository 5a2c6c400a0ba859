/**
 * The seven scenario inputs per sector: six policy levers and the external restriction level.
 * Their ids are part of the `.chokepoint` file format and must never be renamed.
 */
export const LEVER_IDS = [
  'basicResearch',
  'rdTaxCut',
  'universityLinks',
  'clusters',
  'procurement',
  'openness',
] as const;

export type LeverId = (typeof LEVER_IDS)[number];

export const INPUT_IDS = [...LEVER_IDS, 'restriction'] as const;

export type InputId = (typeof INPUT_IDS)[number];

export interface InputRange {
  readonly min: number;
  readonly max: number;
}

/** Allowed range of every input (model.md §2). Values outside are errors, never clamped. */
export const INPUT_RANGES: Readonly<Record<InputId, InputRange>> = {
  basicResearch: { min: 0.5, max: 3 },
  rdTaxCut: { min: 0, max: 0.4 },
  universityLinks: { min: 0, max: 1 },
  clusters: { min: 0, max: 1 },
  procurement: { min: 0, max: 1 },
  openness: { min: 0, max: 1 },
  restriction: { min: 0, max: 1 },
};

export function isInputId(value: string): value is InputId {
  return (INPUT_IDS as readonly string[]).includes(value);
}
