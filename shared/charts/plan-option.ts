import type { EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { baseOption, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartTheme } from './chart-theme';
import { scenarioStyle } from './chart-theme';

/** A measured package: its cost (USD bn) and the share of draws meeting every target. */
export interface CostConfidence {
  readonly cost: number;
  readonly confidence: number;
}

/** Already-translated words of the frontier chart (the view owns its catalogue). */
export interface FrontierLabels {
  readonly confidence: string;
  readonly cost: string;
  readonly frontier: string;
  readonly plan: string;
  readonly start: string;
  readonly asked: string;
  /** What a screen reader hears instead of the chart. */
  readonly description: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * What the frontier and the peeling chart share: a plot under a legend of their series, and a tooltip
 * naming the pointed series and its point (`point` says the two coordinates in words).
 */
function pointChartFrame(
  theme: ChartTheme,
  description: string,
  series: readonly { readonly name?: unknown }[],
  point: (x: number, y: number) => string,
) {
  return {
    ...baseOption(theme, description),
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: theme.text, fontSize: theme.fontSize },
      data: series.map((entry) => entry.name as string),
    },
    tooltip: {
      trigger: 'item' as const,
      formatter: (params: unknown) => {
        const { seriesName, value } = params as { seriesName: string; value: [number, number] };
        return `${seriesName}: ${point(value[0], value[1])}`;
      },
    },
  };
}

/**
 * The cost–confidence frontier as the search fills it in: confidence across, cost up, the frontier as
 * a step line through its points (for each confidence, the least cost found), the chosen plan and the
 * starting scenario as marked points, and the asked confidence as a vertical line.
 */
export function planFrontierOption(
  input: {
    readonly frontier: readonly CostConfidence[];
    readonly plan?: CostConfidence;
    readonly start?: CostConfidence;
    readonly asked: number;
  },
  labels: FrontierLabels,
  theme: ChartTheme,
): EChartsOption {
  const frontierStyle = scenarioStyle(theme, 0);
  const planStyle = scenarioStyle(theme, 1);
  const startStyle = scenarioStyle(theme, 2);
  const sorted = [...input.frontier].sort((a, b) => a.confidence - b.confidence);
  const point = (entry: CostConfidence) => [entry.confidence * 100, entry.cost];
  const frontier: LineSeriesOption = {
    id: 'frontier',
    name: labels.frontier,
    type: 'line',
    step: 'start',
    data: sorted.map(point),
    symbol: 'circle',
    symbolSize: 7,
    lineStyle: { color: frontierStyle.color, width: theme.lineWidth },
    itemStyle: { color: frontierStyle.color },
    markLine: {
      silent: true,
      symbol: 'none',
      label: { formatter: labels.asked, color: theme.muted },
      lineStyle: { color: theme.axis, type: 'dashed' },
      data: [{ xAxis: input.asked * 100 }],
    },
  };
  const marked = (id: string, name: string, entry: CostConfidence, color: string, symbol: string) =>
    ({
      id,
      name,
      type: 'scatter',
      data: [point(entry)],
      symbol,
      symbolSize: 14,
      z: 6,
      itemStyle: { color, borderColor: theme.background, borderWidth: 1 },
    }) satisfies ScatterSeriesOption;
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [frontier];
  if (input.plan) series.push(marked('plan', labels.plan, input.plan, planStyle.color, 'diamond'));
  if (input.start) series.push(marked('start', labels.start, input.start, startStyle.color, 'triangle'));
  return {
    ...pointChartFrame(
      theme,
      labels.description,
      series,
      (x, y) => `${labels.confidence} ${Math.round(x)}%, ${labels.cost} ${y.toFixed(1)}`,
    ),
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: labels.confidence,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: theme.muted },
      axisLabel: { color: theme.muted, formatter: (value: number) => percent(value / 100) },
      axisLine: { lineStyle: { color: theme.axis } },
      splitLine: { show: false },
    },
    yAxis: valueAxis(theme, (value) => value.toFixed(0), {
      name: labels.cost,
      nameLocation: 'middle',
      nameGap: 48,
      nameTextStyle: { color: theme.muted },
      scale: true,
    }),
    series,
  };
}

/** One target quantity's central run under the starting scenario and under the plan, with the target. */
export function planTrajectoryOption(
  input: {
    readonly years: readonly number[];
    readonly start: readonly number[];
    readonly plan: readonly number[];
    readonly target: number;
    readonly format: (value: number) => string;
  },
  labels: {
    readonly start: string;
    readonly plan: string;
    readonly target: string;
    readonly description: string;
  },
  theme: ChartTheme,
): EChartsOption {
  const lines = [
    scenarioLine(
      { id: 'start', label: labels.start, reference: true, colorIndex: 2 },
      'start',
      input.start,
      theme,
    ),
    {
      ...scenarioLine(
        { id: 'plan', label: labels.plan, reference: false, colorIndex: 1 },
        'plan',
        input.plan,
        theme,
      ),
      markLine: {
        silent: true,
        symbol: 'none',
        label: { formatter: labels.target, color: theme.muted, position: 'insideEndTop' },
        lineStyle: { color: theme.axis, type: 'dashed' },
        data: [{ yAxis: input.target }],
      },
    } satisfies LineSeriesOption,
  ];
  return {
    ...baseOption(theme, labels.description),
    grid: { left: 56, right: 24, top: 36, bottom: 28 },
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: theme.text, fontSize: theme.fontSize },
      data: [labels.start, labels.plan],
    },
    tooltip: { trigger: 'axis', valueFormatter: (value) => input.format(Number(value)) },
    xAxis: yearAxis(input.years, theme),
    yAxis: valueAxis(theme, input.format, { scale: true }),
    series: lines,
  };
}

/** One uncertain value's separation of failing and passing draws (AUC 0.5: none). */
export interface SeparationBar {
  readonly label: string;
  readonly auc: number;
}

/**
 * What breaks the plan, as a dot plot: each uncertain value's separation of the failing draws from the
 * passing ones (AUC) against the dashed line of no separation at 0.5, "fails when low" to the left and
 * "fails when high" to the right; the strongest at the top.
 */
export function planDriversOption(
  bars: readonly SeparationBar[],
  labels: { readonly axis: string; readonly description: string },
  theme: ChartTheme,
): EChartsOption {
  const shown = [...bars].reverse();
  const low = scenarioStyle(theme, 0).color;
  const high = scenarioStyle(theme, 1).color;
  return {
    ...baseOption(theme, labels.description),
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const { value } = params as { value: [number, number] };
        return `${shown[value[1]]!.label}: ${value[0].toFixed(2)}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: theme.muted },
      axisLabel: { color: theme.muted },
      splitLine: { lineStyle: { color: theme.grid } },
    },
    yAxis: {
      type: 'category',
      data: shown.map((bar) => bar.label),
      axisLabel: { color: theme.text, width: 260, overflow: 'truncate' },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    series: [
      {
        id: 'separation',
        type: 'scatter',
        symbolSize: 12,
        data: shown.map((bar, i) => ({
          value: [bar.auc, i],
          itemStyle: { color: bar.auc < 0.5 ? low : high },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: theme.axis, type: 'dashed' },
          data: [{ xAxis: 0.5 }],
        },
      },
    ],
  };
}

/** A box along the peeling: coverage (share of failures inside) and density (share inside that fail). */
export interface CoverageDensity {
  readonly coverage: number;
  readonly density: number;
}

/**
 * The PRIM peeling trajectory: coverage across (from 100 % at the whole set of draws inward), density
 * up; the box kept marked, and the same box measured on fresh draws beside it, so a box that holds up
 * only on its own draws shows as a point that falls away.
 */
export function planPeelingOption(
  input: {
    readonly trajectory: readonly CoverageDensity[];
    readonly chosen: CoverageDensity;
    readonly holdout?: CoverageDensity;
  },
  labels: {
    readonly coverage: string;
    readonly density: string;
    readonly path: string;
    readonly chosen: string;
    readonly holdout: string;
    readonly description: string;
  },
  theme: ChartTheme,
): EChartsOption {
  const point = (entry: CoverageDensity) => [entry.coverage * 100, entry.density * 100];
  const pathStyle = scenarioStyle(theme, 0);
  const marked = (id: string, name: string, entry: CoverageDensity, colorIndex: number, symbol: string) =>
    ({
      id,
      name,
      type: 'scatter',
      data: [point(entry)],
      symbol,
      symbolSize: 14,
      z: 6,
      itemStyle: {
        color: scenarioStyle(theme, colorIndex).color,
        borderColor: theme.background,
        borderWidth: 1,
      },
    }) satisfies ScatterSeriesOption;
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [
    {
      id: 'peeling',
      name: labels.path,
      type: 'line',
      data: input.trajectory.map(point),
      symbol: 'circle',
      symbolSize: 5,
      lineStyle: { color: pathStyle.color, width: theme.lineWidth },
      itemStyle: { color: pathStyle.color },
    },
    marked('chosen', labels.chosen, input.chosen, 1, 'diamond'),
  ];
  if (input.holdout) series.push(marked('holdout', labels.holdout, input.holdout, 2, 'triangle'));
  const axis = (name: string, gap: number) => ({
    type: 'value' as const,
    min: 0,
    max: 100,
    name,
    nameLocation: 'middle' as const,
    nameGap: gap,
    nameTextStyle: { color: theme.muted },
    axisLabel: { color: theme.muted, formatter: (value: number) => percent(value / 100) },
    axisLine: { lineStyle: { color: theme.axis } },
    splitLine: { lineStyle: { color: theme.grid } },
  });
  return {
    ...pointChartFrame(
      theme,
      labels.description,
      series,
      (x, y) => `${labels.coverage} ${Math.round(x)}%, ${labels.density} ${Math.round(y)}%`,
    ),
    xAxis: { ...axis(labels.coverage, 28), inverse: true },
    yAxis: axis(labels.density, 44),
    series,
  };
}
