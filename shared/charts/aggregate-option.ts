import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import { bandSeries, baseOption, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { describeBands, describeChanges } from './describe';
import { axisTooltip } from './tooltip';

/** Aggregate (demand-weighted) self-reliance of every compared scenario, with P10–P90 bands if asked and run. */
export function aggregateOption(
  trajectories: ComparedTrajectories,
  options: { readonly bands: boolean },
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const { years, scenarios } = trajectories;
  const percent = text.format.percent;
  const lines: LineSeriesOption[] = scenarios.map((scenario) =>
    scenarioLine(scenario, `aggregate:${scenario.id}`, scenario.aggregateS.values, theme),
  );
  const bands = options.bands
    ? scenarios.flatMap((scenario) =>
        scenario.aggregateS.band
          ? bandSeries(scenario, `aggregate:${scenario.id}`, scenario.aggregateS.band, theme)
          : [],
      )
    : [];
  const title = text.t('title.aggregate');
  const description = scenarios.length
    ? text.t('aria.lines', {
        title,
        from: years[0]!,
        to: years[years.length - 1]!,
        lines: describeChanges(scenarios, (s) => s.aggregateS.values, percent, text),
      }) + describeBands(trajectories.draws, bands.length > 0, text)
    : text.t('aria.none');
  const colorOf = (name: string) => scenarios.find((scenario) => scenario.label === name)?.colorIndex ?? 0;
  return {
    ...baseOption(theme, description),
    legend: scenarioLegend(scenarios, theme, (s) =>
      s.reference ? text.t('reference', { name: s.label }) : s.label,
    ),
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    tooltip: axisTooltip(theme, percent, colorOf),
    xAxis: yearAxis(years, theme),
    yAxis: valueAxis(theme, percent, {
      min: 0,
      max: (extent: { max: number }) => Math.min(1, Math.max(0.5, Math.ceil(extent.max * 10) / 10)),
    }),
    series: [...lines, ...bands],
  };
}
