import type { ChartText, ChartTheme } from '../../../../shared/charts';
import type { ReadyComparison } from './comparison-state';

/** What every section of the comparison draws from. */
export interface SectionProps {
  readonly ready: ReadyComparison;
  readonly theme: ChartTheme;
  readonly text: ChartText;
  /** File names of exports start with this (the view's name, or "comparison"). */
  readonly fileStem: string;
}

/**
 * What the compare view hands the presentation mode the app shell gives it (`CompareView`'s
 * `Presentation`): compare never imports the presentation, which is built on compare's parts.
 */
export interface PresentationProps {
  /** The comparison, once its runs are in (null before: nothing to present yet). */
  readonly ready: ReadyComparison | null;
  readonly text: ChartText;
  /** The comparison's own title, which the slides take when none is typed. */
  readonly defaultTitle: string;
  /** The slides' and the deck's title: the presenter's own, else the comparison's. */
  readonly slideTitle: string;
}
