import type { Catalogue } from '../catalogue/types';
import type { ChartLanguage } from '../charts/chart-messages';
import type { Provenance } from '../charts/provenance';
import type { ComparisonModel } from '../compare/comparison-model';
import type { Waterfall } from '../compare/waterfall';
import type { SlideSpec } from './slide-plan';

/** Everything a deck shows, computed beforehand: building it runs nothing. */
export interface DeckInput {
  readonly language: ChartLanguage;
  readonly catalogue: Catalogue;
  readonly model: ComparisonModel;
  /** The comparison's name (the title slide's heading); the default title when empty. */
  readonly title: string;
  /** Why the explained scenario (the app's choice; the first other one on the command line) differs from the reference (none with one scenario). */
  readonly waterfall: Waterfall | null;
  readonly provenance: Provenance;
  /** The slides, as presentation mode shows them (`slidePlan`, with the sectors chosen). */
  readonly slides: readonly SlideSpec[];
  /**
   * The sectors the presenter chose to give a slide of their own (in presentation mode's set-up), in
   * catalogue order; absent: every sector. `slides` already holds exactly these sector slides.
   */
  readonly sectors?: readonly string[];
  /**
   * Whether the sectors' and the chokepoints' charts draw the observed record before the base year
   * (they do unless false: the app passes its "show observed history" toggle).
   */
  readonly observed?: boolean;
}
