import type { ObservedPoint } from '../catalogue/observed-history';
import { observedHistory } from '../catalogue/observed-history';
import type { ChartText } from '../charts/chart-text';
import type { DeckInput } from './deck-input';
import type { SlideSpec } from './slide-plan';

/**
 * The observed record a slide's chart draws before the base year, as Compare draws it: a sector's
 * self-reliance on its slide, the open chokepoints on theirs; nothing on other slides. Presentation
 * mode and the deck both ask here.
 */
export function slideObserved(slide: SlideSpec, baseYear: number | undefined): readonly ObservedPoint[] {
  if (baseYear === undefined) return [];
  if (slide.kind === 'sector') return observedHistory('S', slide.sector, baseYear);
  if (slide.kind === 'chokepoints') return observedHistory('chokepointsOpen', undefined, baseYear);
  return [];
}

/** The observed record of a deck's slide: none when the deck is made without it. */
export function deckSlideObserved(slide: SlideSpec, input: DeckInput): readonly ObservedPoint[] {
  return input.observed === false ? [] : slideObserved(slide, input.model.trajectories.years[0]);
}

/** Whether a deck's slide could show an observed record (the sectors' and the chokepoints'). */
export function drawsObserved(slide: SlideSpec, input: DeckInput): boolean {
  return input.observed !== false && (slide.kind === 'sector' || slide.kind === 'chokepoints');
}

/** The observed values of a deck's slide with their sources, for its speaker notes ('' when none). */
export function observedNotes(slide: SlideSpec, input: DeckInput, text: ChartText): string {
  const points = deckSlideObserved(slide, input);
  if (!points.length) return '';
  const format = slide.kind === 'sector' ? text.format.percent1 : text.format.integer;
  const values = points
    .map((point) =>
      text.t('observed.point', {
        year: point.year,
        value: format(point.value),
        source: point.source,
        confidence: point.confidence,
      }),
    )
    .join(text.t('notes.separator'));
  return text.t('observed.notes', { year: input.model.trajectories.years[0]!, values });
}
