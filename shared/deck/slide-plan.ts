/**
 * The slides of a presented comparison, in order, shared by presentation mode and the PowerPoint deck
 * so both show the same thing: a title slide, the overview, one slide per sector (every sector, or
 * the ones the presenter picked, in catalogue order), open chokepoints, targets, costs, and why the
 * scenarios differ. A sector slide shows self-reliance and capability side by side, each labelled:
 * what a slide shows never depends on a toggle elsewhere.
 */
export type SlideSpec =
  | { readonly kind: 'title' }
  | { readonly kind: 'overview' }
  | { readonly kind: 'sector'; readonly sector: string }
  | { readonly kind: 'chokepoints' }
  | { readonly kind: 'targets' }
  | { readonly kind: 'costs' }
  | { readonly kind: 'why' };

export type SlideKind = SlideSpec['kind'];

/** The deck for the catalogue's `sectorIds`, with only the `picked` sectors when given. */
export function slidePlan(sectorIds: readonly string[], picked?: readonly string[]): SlideSpec[] {
  const sectors = picked ? sectorIds.filter((sector) => picked.includes(sector)) : sectorIds;
  return [
    { kind: 'title' },
    { kind: 'overview' },
    ...sectors.map((sector): SlideSpec => ({ kind: 'sector', sector })),
    { kind: 'chokepoints' },
    { kind: 'targets' },
    { kind: 'costs' },
    { kind: 'why' },
  ];
}

/** A stable key for a slide (React keys, test ids). */
export function slideKey(slide: SlideSpec): string {
  return slide.kind === 'sector' ? `sector:${slide.sector}` : slide.kind;
}
