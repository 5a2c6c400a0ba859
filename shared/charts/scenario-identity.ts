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
 * The identities scenarios take, in order. The first four are Okabe & Ito's colour-blind-safe hues
 * (blue, vermillion, bluish green, reddish purple), each at least 3:1 against white, every pair distinct
 * under protan, deutan and tritan vision; the dark variants are the same hues lightened to read on the
 * app's dark surface. Each slot has its own dash, so the lines stay apart in grey print as well.
 */
export const IDENTITY_SLOTS: readonly Identity[] = [
  { light: '#0072B2', dark: '#6AA8FF', dash: 'solid', office: 'solid' },
  { light: '#D55E00', dark: '#F0884A', dash: [8, 4], office: 'dash' },
  { light: '#009E73', dark: '#48D08C', dash: [2, 3], office: 'sysDot' },
  { light: '#CC79A7', dark: '#E89CCB', dash: [10, 4, 2, 4], office: 'dashDot' },
  { light: '#8C6D00', dark: '#E6C229', dash: [14, 4, 2, 4, 2, 4], office: 'lgDashDotDot' },
  { light: '#6A3D9A', dark: '#B39DDB', dash: [3, 3, 10, 3], office: 'lgDashDot' },
];

/** The editor's baseline (the scenario with no levers): a neutral grey, solid, thinner than the scenarios. */
export const BASELINE_IDENTITY: Identity = {
  light: '#707070',
  dark: '#A6A6A6',
  dash: 'solid',
  office: 'solid',
};

/** Identity slot by scenario id. */
export type ScenarioSlots = Readonly<Record<string, number>>;

/**
 * The identity slots of the scenarios `ids`, keeping every slot already in `known`: a scenario seen
 * before keeps its colour and dash; a new one takes the lowest slot nobody has yet (or, once all are
 * taken, the lowest slot not used by the others in `ids`). Within `ids` slots never repeat while there
 * are no more ids than slots; if two known scenarios meet with the same slot (possible only after more
 * scenarios than slots were seen), the later one moves to a free slot and keeps it from then on.
 * Pure: the caller keeps the map (the app for as long as it is open; a CLI report for one run).
 */
export function assignSlots(known: ScenarioSlots, ids: readonly string[]): ScenarioSlots {
  const slots: Record<string, number> = { ...known };
  const count = IDENTITY_SLOTS.length;
  const inView = new Set<number>();
  const taken = new Set(Object.values(slots));
  for (const id of ids) {
    const current = slots[id];
    if (current !== undefined && !inView.has(current)) {
      inView.add(current);
      continue;
    }
    const free = (avoid: ReadonlySet<number>) =>
      Array.from({ length: count }, (_, slot) => slot).find((slot) => !avoid.has(slot));
    // Reserve the slots of the known scenarios later in this view, so they need not move.
    const later = new Set(
      ids.flatMap((other) => (other !== id && slots[other] !== undefined ? [slots[other]] : [])),
    );
    const slot =
      free(new Set([...taken, ...inView, ...later])) ??
      free(new Set([...inView, ...later])) ??
      free(inView) ??
      inView.size % count;
    slots[id] = slot;
    taken.add(slot);
    inView.add(slot);
  }
  return slots;
}
