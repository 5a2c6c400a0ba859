/**
 * The seven scenario inputs per sector: six policy levers and the external restriction level.
 * Their ids are part of the `.chokepoint` file format and must never be renamed.
 *
 * This is the only list of them. Everything that must handle each input is typed from it
 * (`Record<InputId, …>`, `satisfies`, or a destructuring that leaves nothing over), so an id added here
 * is a type error in each place that must learn it: ranges, the catalogue's lever defaults and its
 * schema, the engine's run table, the translations. CONTRIBUTING.md, "Add a lever", lists them;
 * test/vocabulary/new-lever.test.ts proves it.
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

/**
 * The inputs whose base-year default is the sector's own data rather than a catalogue-wide lever
 * default (model.md §2): domestic procurement starts at the sector's m0, the restriction at its r0.
 */
export const SECTOR_DATA_DEFAULTS = { procurement: 'm0', restriction: 'r0' } as const satisfies Partial<
  Record<InputId, string>
>;

export type SectorDataInput = keyof typeof SECTOR_DATA_DEFAULTS;

/** The sector data keys an input's default may be (`m0`, `r0`). */
export type SectorDataDefaultKey = (typeof SECTOR_DATA_DEFAULTS)[SectorDataInput];

/** The inputs whose default the catalogue gives once for every sector (`Catalogue.leverDefaults`). */
export type CatalogueDefaultInput = Exclude<InputId, SectorDataInput>;

export function isSectorDataInput(input: InputId): input is SectorDataInput {
  return Object.hasOwn(SECTOR_DATA_DEFAULTS, input);
}

/** The inputs of `CatalogueDefaultInput`, in the order of INPUT_IDS. */
export const CATALOGUE_DEFAULT_INPUTS: readonly CatalogueDefaultInput[] = INPUT_IDS.filter(
  (input): input is CatalogueDefaultInput => !isSectorDataInput(input),
);

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

/** How an input is read: a multiple of its base-year level ("1.50×") or a share (shown in percent). */
export type InputScale = 'multiple' | 'share';

export const INPUT_SCALES: Readonly<Record<InputId, InputScale>> = {
  basicResearch: 'multiple',
  rdTaxCut: 'share',
  universityLinks: 'share',
  clusters: 'share',
  procurement: 'share',
  openness: 'share',
  restriction: 'share',
};

export function isInputId(value: string): value is InputId {
  return (INPUT_IDS as readonly string[]).includes(value);
}
