import type { EChartsOption } from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import type { BandOptions } from './economy-series-option';
import { economySeriesOption } from './economy-series-option';

/**
 * Open chokepoint technologies per year as a step chart (the count changes from one start of year to
 * the next), 0 to `total` (the catalogue's 35), with P10–P90 bands if asked and run.
 */
export function chokepointsOption(
  trajectories: ComparedTrajectories,
  options: BandOptions & { readonly total: number },
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  return economySeriesOption(
    trajectories,
    {
      variable: 'chokepointsOpen',
      idPrefix: 'chokepoints',
      titleKey: 'title.chokepoints',
      ariaKey: 'aria.steps',
      format: text.format.integer,
      gridLeft: 40,
      yAxis: { min: 0, max: options.total, minInterval: 1 },
      series: { step: 'end' },
    },
    options,
    theme,
    text,
  );
}
