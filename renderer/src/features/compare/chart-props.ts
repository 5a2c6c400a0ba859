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
