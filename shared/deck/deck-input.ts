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
  /** Why the first other scenario differs from the reference (none with one scenario). */
  readonly waterfall: Waterfall | null;
  readonly provenance: Provenance;
  /** The slides, as presentation mode shows them (`slidePlan`). */
  readonly slides: readonly SlideSpec[];
  /** The sectors chosen for slides of their own (every sector's slide in `slides` when absent). */
  readonly sectors?: readonly string[];
}
