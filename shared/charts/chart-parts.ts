import type { LineSeriesOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { BandSeries } from '../compare/compare-types';
import type { ChartTheme } from './chart-theme';
import { scenarioStyle } from './chart-theme';

/** What a line needs to know of its scenario. */
export interface LineScenario {
  readonly id: string;
  readonly label: string;
  readonly reference: boolean;
  readonly colorIndex: number;
}

/** Band series ids start with this, so tooltips and descriptions can leave them out. */
export const BAND_ID_PREFIX = 'band:';

/** A category axis of years, labelled every five years from the first (and at the last). */
export function yearAxis(years: readonly number[], theme: ChartTheme, gridIndex = 0): XAXisComponentOption {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  return {
    type: 'category',
    gridIndex,
    data: years.map(String),
    boundaryGap: false,
    axisLabel: {
      color: theme.muted,
      fontSize: theme.fontSize - 1,
      interval: (index: number) => (index % 5 === 0 && first + index + 2 < last) || first + index === last,
    },
    axisLine: { lineStyle: { color: theme.axis } },
    axisTick: { show: false },
    splitLine: { show: false },
  };
}

/** A value axis with the theme's muted labels and light grid lines; `extra` sets its range. */
export function valueAxis(
  theme: ChartTheme,
  formatter: (value: number) => string,
  extra: YAXisComponentOption = {},
  gridIndex = 0,
): YAXisComponentOption {
  return {
    type: 'value',
    gridIndex,
    axisLabel: { color: theme.muted, fontSize: theme.fontSize - 1, formatter },
    splitLine: { lineStyle: { color: theme.grid } },
    ...extra,
    // ECharts' axis option is a union by `type`: spreading `extra` over it loses the narrowing.
  } as YAXisComponentOption;
}

/** One scenario's line; the reference is drawn a little heavier and on top. */
export function scenarioLine(
  scenario: LineScenario,
  id: string,
  values: readonly number[],
  theme: ChartTheme,
  gridIndex = 0,
  extra: LineSeriesOption = {},
): LineSeriesOption {
  const { color, dash } = scenarioStyle(theme, scenario.colorIndex);
  return {
    id,
    name: scenario.label,
    type: 'line',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    data: [...values],
    symbol: 'none',
    showSymbol: false,
    z: scenario.reference ? 6 : 5,
    lineStyle: { color, type: dash, width: scenario.reference ? theme.referenceLineWidth : theme.lineWidth },
    itemStyle: { color },
    emphasis: { disabled: true },
    ...extra,
  };
}

/**
 * A P10–P90 band as ECharts draws one: the lower edge (invisible), then the width stacked on it and
 * filled. Both carry the scenario's name so that hiding the scenario in the legend hides its band.
 */
export function bandSeries(
  scenario: LineScenario,
  id: string,
  band: BandSeries,
  theme: ChartTheme,
  gridIndex = 0,
  extra: LineSeriesOption = {},
): LineSeriesOption[] {
  const { color } = scenarioStyle(theme, scenario.colorIndex);
  const common: LineSeriesOption = {
    name: scenario.label,
    type: 'line',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    stack: `${BAND_ID_PREFIX}${id}`,
    symbol: 'none',
    showSymbol: false,
    silent: true,
    z: 2,
    lineStyle: { opacity: 0 },
    tooltip: { show: false },
    emphasis: { disabled: true },
    ...extra,
  };
  return [
    { ...common, id: `${BAND_ID_PREFIX}${id}:low`, data: [...band.p10] },
    {
      ...common,
      id: `${BAND_ID_PREFIX}${id}:width`,
      data: band.p90.map((high, i) => high - band.p10[i]!),
      areaStyle: { color, opacity: theme.bandOpacity },
    },
  ];
}

/**
 * The common legend: every scenario's colour and dash with its name. ECharts draws each entry like the
 * first series of that name, so builders add lines before bands (bands still draw below: lower z).
 */
export function scenarioLegend(
  scenarios: readonly LineScenario[],
  theme: ChartTheme,
  labelOf: (scenario: LineScenario) => string = (s) => s.label,
) {
  return {
    top: 0,
    left: 0,
    data: scenarios.map((scenario) => scenario.label),
    formatter: (name: string) => {
      const scenario = scenarios.find((entry) => entry.label === name);
      return scenario ? labelOf(scenario) : name;
    },
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    itemWidth: 28,
    itemHeight: 10,
    // Generous: server-side rendering estimates text widths, and real fonts often run wider.
    itemGap: 28,
    // The line alone, dashed like the scenario's; no symbol dot on it.
    itemStyle: { opacity: 0 },
  };
}

/** Options every chart shares: no animation (the report renders the final frame), fonts, colours. */
export function baseOption(theme: ChartTheme, description: string) {
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: theme.fontSize },
    aria: { enabled: true, label: { description } },
  };
}
