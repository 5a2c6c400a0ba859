import type { LineSeriesOption, XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { ChartTheme, LineDash } from './chart-theme';
import { scenarioStyle } from './chart-theme';
import { escapeHtml } from './escape-html';

/** What a line needs to know of its scenario. */
export interface LineScenario {
  readonly id: string;
  readonly label: string;
  /** The scenario the others are compared with (Compare's reference, the editor's edited scenario). */
  readonly reference: boolean;
  /** Identity slot (scenario-identity.ts): its colour and dash in every view. */
  readonly colorIndex: number;
  /** The editor's baseline: neutral grey instead of an identity. */
  readonly baseline?: boolean;
}

/** How a scenario's lines look, the same in every chart: colour, dash and width. */
export function lineIdentity(
  scenario: Pick<LineScenario, 'reference' | 'colorIndex' | 'baseline'>,
  theme: ChartTheme,
): { readonly color: string; readonly dash: LineDash; readonly width: number } {
  if (scenario.baseline)
    return { color: theme.baseline, dash: theme.baselineDash, width: theme.lineWidth * 0.8 };
  const { color, dash } = scenarioStyle(theme, scenario.colorIndex);
  return { color, dash, width: scenario.reference ? theme.referenceLineWidth : theme.lineWidth };
}

/** Band series ids start with this, so tooltips and descriptions can leave them out. */
export const BAND_ID_PREFIX = 'band:';

/**
 * A category axis of years, labelled every five years from the first (and at the last). No boundary
 * gap: every series starts on the value axis at the first year.
 */
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
      // The last year sits at the plot's right edge: centred there, half of "2040" fell outside the chart.
      alignMaxLabel: 'right',
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
  const { color, dash, width } = lineIdentity(scenario, theme);
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
    lineStyle: { color, type: dash, width },
    itemStyle: { color },
    emphasis: { disabled: true },
    ...extra,
  };
}

/**
 * A P10–P90 band as ECharts draws one: the lower edge, then the width stacked on it (whose line is the
 * upper edge). Every band has thin edges in its scenario's colour, so two to four overlapping bands can
 * still be told apart; only `filled` bands (by default the reference's) are shaded as well, so they do
 * not blend into one dark mass. Both series carry the scenario's name so that hiding the scenario in
 * the legend hides its band.
 */
export function bandSeries(
  scenario: LineScenario,
  id: string,
  band: { readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number> },
  theme: ChartTheme,
  gridIndex = 0,
  extra: LineSeriesOption = {},
  filled: boolean = scenario.reference,
): LineSeriesOption[] {
  const { color } = lineIdentity(scenario, theme);
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
    lineStyle: { color, width: 1, type: 'solid', opacity: theme.bandEdgeOpacity },
    tooltip: { show: false },
    emphasis: { disabled: true },
    ...extra,
  };
  const width = Array.from(band.p90, (high, i) => high - band.p10[i]!);
  return [
    { ...common, id: `${BAND_ID_PREFIX}${id}:low`, data: Array.from(band.p10) },
    {
      ...common,
      id: `${BAND_ID_PREFIX}${id}:width`,
      data: width,
      ...(filled ? { areaStyle: { color, opacity: theme.bandOpacity } } : {}),
    },
  ];
}

/** How wide a legend entry's name may be, in ems, before it is cut. */
const LEGEND_NAME_EMS = 24;

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
    // A long name is cut with an ellipsis so that the legend keeps its place; the whole name shows on
    // hover (escaped: ECharts' HTML tooltip would interpret markup) and stays in the series' data.
    textStyle: {
      color: theme.text,
      fontSize: theme.fontSize,
      width: theme.fontSize * LEGEND_NAME_EMS,
      overflow: 'truncate' as const,
      ellipsis: '…',
    },
    tooltip: {
      show: true,
      formatter: (params: { name: string }) => {
        const scenario = scenarios.find((entry) => entry.label === params.name);
        return escapeHtml(scenario ? labelOf(scenario) : params.name);
      },
    },
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
