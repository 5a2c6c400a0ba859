import type { EChartsOption } from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import type { BandOptions } from './economy-series-option';
import { economySeriesOption } from './economy-series-option';

/** Aggregate (demand-weighted) self-reliance of every compared scenario, with P10–P90 bands if asked and run. */
export function aggregateOption(
  trajectories: ComparedTrajectories,
  options: BandOptions,
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  return economySeriesOption(
    trajectories,
    {
      variable: 'aggregateS',
      idPrefix: 'aggregate',
      titleKey: 'title.aggregate',
      ariaKey: 'aria.lines',
      format: text.format.percent,
      gridLeft: 48,
      yAxis: {
        min: 0,
        max: (extent: { max: number }) => Math.min(1, Math.max(0.5, Math.ceil(extent.max * 10) / 10)),
      },
    },
    options,
    theme,
    text,
  );
}
