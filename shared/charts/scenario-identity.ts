import { PRESET_INFO } from '../catalogue/presets';
import type { Scenario } from '../domain/scenario';
import type { IdentityName } from '../domain/scenario-display';
import { IDENTITY_NAMES } from '../domain/scenario-display';

/** A line's dash: ECharts' named styles or a dash array. */
export type LineDash = 'solid' | 'dashed' | 'dotted' | number[];

export type PaletteScheme = 'light' | 'dark';

/** Office's preset dashes (DrawingML `prstDash`), for native charts in PowerPoint decks. */
export type OfficeDash = 'solid' | 'dash' | 'sysDot' | 'dashDot' | 'lgDashDotDot' | 'lgDashDot';

/** One identity: a colour on light and on dark backgrounds, and a dash that backs the colour up. */
export interface Identity {
  readonly light: string;
  readonly dark: string;
  readonly dash: LineDash;
  /** The same dash among Office's presets. */
  readonly office: OfficeDash;
}

/**
 * The identities scenarios take, by name (shared/domain/scenario-display.ts). The first four are
 * Okabe & Ito's colour-blind-safe hues (blue, vermillion, bluish green, reddish purple), each at least
 * 3:1 against white, every pair distinct under protan, deutan and tritan vision; the dark variants are
 * the same hues lightened to read on the app's dark surface. Each has its own dash, so the lines stay
 * apart in grey print as well.
 */
export const SCENARIO_IDENTITIES: Readonly<Record<IdentityName, Identity>> = {
  blue: { light: '#0072B2', dark: '#6AA8FF', dash: 'solid', office: 'solid' },
  vermillion: { light: '#D55E00', dark: '#F0884A', dash: [8, 4], office: 'dash' },
  'bluish-green': { light: '#009E73', dark: '#48D08C', dash: [2, 3], office: 'sysDot' },
  'reddish-purple': { light: '#CC79A7', dark: '#E89CCB', dash: [10, 4, 2, 4], office: 'dashDot' },
  ochre: { light: '#8C6D00', dark: '#E6C229', dash: [14, 4, 2, 4, 2, 4], office: 'lgDashDotDot' },
  violet: { light: '#6A3D9A', dark: '#B39DDB', dash: [3, 3, 10, 3], office: 'lgDashDot' },
};

/** The Baseline (the preset, and the editor's "no levers" line): a neutral grey, solid, everywhere. */
export const BASELINE_IDENTITY: Identity = {
  light: '#707070',
  dark: '#A6A6A6',
  dash: 'solid',
  office: 'solid',
};

/** How many identities a user's scenarios choose from. */
export const SCENARIO_SLOT_COUNT = IDENTITY_NAMES.length;

/** The slot of the Baseline's grey: after the scenario identities, never given to another scenario. */
export const BASELINE_SLOT = SCENARIO_SLOT_COUNT;

/**
 * Every identity by slot: a comparison's `colorIndex` indexes this list (the scenario identities in
 * the order of IDENTITY_NAMES, then the Baseline's grey), so every view, export and deck that reads
 * `IDENTITY_SLOTS[colorIndex]` draws a scenario as the scenario itself says.
 */
export const IDENTITY_SLOTS: readonly Identity[] = [
  ...IDENTITY_NAMES.map((name) => SCENARIO_IDENTITIES[name]),
  BASELINE_IDENTITY,
];

export function slotOfIdentity(name: IdentityName): number {
  return IDENTITY_NAMES.indexOf(name);
}

/** The identity name of a scenario slot (undefined for the Baseline's grey). */
export function identityOfSlot(slot: number): IdentityName | undefined {
  return IDENTITY_NAMES[slot];
}

const PRESET_SLOTS: ReadonlyMap<string, number> = new Map(
  PRESET_INFO.map((info) => [
    info.id,
    info.identity === 'baseline' ? BASELINE_SLOT : slotOfIdentity(info.identity),
  ]),
);

/** Whether this is the built-in Baseline, which is always grey. */
export function isBaselinePreset(id: string): boolean {
  return PRESET_SLOTS.get(id) === BASELINE_SLOT;
}

/** A slot from the id alone (FNV-1a): stable in every session and library, for scenarios that chose none. */
function slotFromId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % SCENARIO_SLOT_COUNT;
}

/**
 * The slot a scenario is drawn in wherever it appears alone: the Baseline preset's grey; else the
 * identity stored with it (`display.identity`); else, for scenarios saved before identities were
 * stored, its preset's or one derived from its id (the same in every session, library and file).
 */
export function ownSlot(scenario: Pick<Scenario, 'id' | 'display'>): number {
  if (isBaselinePreset(scenario.id)) return BASELINE_SLOT;
  if (scenario.display) return slotOfIdentity(scenario.display.identity);
  return PRESET_SLOTS.get(scenario.id) ?? slotFromId(scenario.id);
}

/** Where a scenario is drawn in one view. */
export interface ViewSlot {
  readonly slot: number;
  /** Its own slot, when another scenario shown with it holds that slot (`slot` then differs). */
  readonly own?: number;
  /** The scenario that holds its own slot in this view. */
  readonly yieldsTo?: string;
}

/**
 * The slots of scenarios shown together, in view order: each its own slot, unless a scenario before it
 * in the view already holds that slot; then the lowest scenario slot that neither a scenario before it
 * holds nor one after it owns (so only the later of the two moves, and nobody else does), and the
 * caller says so. Deterministic: the same scenarios in the same order always get the same slots.
 */
export function viewSlots(
  entries: readonly { readonly id: string; readonly own: number }[],
): Readonly<Record<string, ViewSlot>> {
  const out: Record<string, ViewSlot> = {};
  const holder = new Map<number, string>();
  entries.forEach((entry, index) => {
    const taken = holder.get(entry.own);
    if (taken === undefined) {
      holder.set(entry.own, entry.id);
      out[entry.id] = { slot: entry.own };
      return;
    }
    const later = new Set(entries.slice(index + 1).map((other) => other.own));
    const scenarioSlots = Array.from({ length: SCENARIO_SLOT_COUNT }, (_, slot) => slot);
    const slot =
      scenarioSlots.find((candidate) => !holder.has(candidate) && !later.has(candidate)) ??
      scenarioSlots.find((candidate) => !holder.has(candidate)) ??
      index % SCENARIO_SLOT_COUNT;
    holder.set(slot, entry.id);
    out[entry.id] = { slot, own: entry.own, yieldsTo: taken };
  });
  return out;
}

/**
 * The identity a new scenario takes in a library whose scenarios own `owned` slots: the one fewest of
 * them use (the first such in order), so that scenarios made one after another differ; never `avoid`
 * (the slot of the scenario it was made from, which it will be compared with).
 */
export function leastUsedIdentity(owned: Iterable<number>, avoid?: number): IdentityName {
  const counts = IDENTITY_NAMES.map(() => 0);
  for (const slot of owned) if (slot < SCENARIO_SLOT_COUNT) counts[slot]! += 1;
  const candidates = counts.map((count, slot) => ({ count, slot })).filter(({ slot }) => slot !== avoid);
  const fewest = Math.min(...candidates.map(({ count }) => count));
  return IDENTITY_NAMES[candidates.find(({ count }) => count === fewest)!.slot]!;
}
