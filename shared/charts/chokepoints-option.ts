import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import { bandSeries, baseOption, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { describeBands, describeChanges } from './describe';
import { axisTooltip } from './tooltip';

/**
 * Open chokepoint technologies per year as a step chart (the count changes from one start of year to
 * the next), 0 to `total` (the catalogue's 35), with P10–P90 bands if asked and run.
 */
export function chokepointsOption(
  trajectories: ComparedTrajectories,
  options: { readonly bands: boolean; readonly total: number },
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const { years, scenarios } = trajectories;
  const integer = text.format.integer;
  const step = { step: 'end' } as const;
  const lines: LineSeriesOption[] = scenarios.map((scenario) =>
    scenarioLine(scenario, `chokepoints:${scenario.id}`, scenario.chokepointsOpen.values, theme, 0, step),
  );
  const bands = options.bands
    ? scenarios.flatMap((scenario) =>
        scenario.chokepointsOpen.band
          ? bandSeries(scenario, `chokepoints:${scenario.id}`, scenario.chokepointsOpen.band, theme, 0, step)
          : [],
      )
    : [];
  const title = text.t('title.chokepoints');
  const description = scenarios.length
    ? text.t('aria.steps', {
        title,
        from: years[0]!,
        to: years[years.length - 1]!,
        lines: describeChanges(scenarios, (s) => s.chokepointsOpen.values, integer, text),
      }) + describeBands(trajectories.draws, bands.length > 0, text)
    : text.t('aria.none');
  const colorOf = (name: string) => scenarios.find((scenario) => scenario.label === name)?.colorIndex ?? 0;
  return {
    ...baseOption(theme, description),
    legend: scenarioLegend(scenarios, theme, (s) =>
      s.reference ? text.t('reference', { name: s.label }) : s.label,
    ),
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    tooltip: axisTooltip(theme, integer, colorOf),
    xAxis: yearAxis(years, theme),
    yAxis: valueAxis(theme, integer, { min: 0, max: options.total, minInterval: 1 }),
    series: [...lines, ...bands],
  };
}
