import type {
  EChartsOption,
  GridComponentOption,
  LineSeriesOption,
  TitleComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import type { CostComparison, CostKind, CostMeasure } from '../compare/cost-comparison';
import { COST_KINDS } from '../compare/cost-comparison';
import { baseOption, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { describeChanges } from './describe';
import { LEGEND_RESERVE } from './legend-layout';
import { axisTooltip } from './tooltip';

/** The chart's title for a measure: per year, cumulative, or cumulative discounted at the comparison's rate. */
export function costsTitle(measure: CostMeasure, discountRate: number, text: ChartText): string {
  return text.t(`title.costs.${measure}`, { rate: text.format.rate(discountRate) });
}

/**
 * Costs side by side, one panel per kind (fiscal, disruption, substitution: their scales differ by
 * orders of magnitude, so each has its own axis), every scenario a line; per year or cumulative.
 */
export function costsOption(
  costs: CostComparison,
  options: { readonly measure: CostMeasure; readonly kinds?: readonly CostKind[] },
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const { years, scenarios } = costs;
  const kinds = options.kinds ?? COST_KINDS;
  const width = 100 / kinds.length;
  const money = text.format.money;
  const grids: GridComponentOption[] = [];
  const titles: TitleComponentOption[] = [];
  const xAxes: XAXisComponentOption[] = [];
  const yAxes: YAXisComponentOption[] = [];
  const lines: LineSeriesOption[] = [];
  kinds.forEach((kind, g) => {
    const left = `${g * width + 1.5}%`;
    titles.push({
      text: `${text.t(`cost.${kind}`)} (${text.t('unit.money')})`,
      left,
      top: LEGEND_RESERVE,
      textStyle: { fontSize: theme.fontSize, fontWeight: 600, color: theme.text },
    });
    grids.push({
      left,
      width: `${width - 4}%`,
      top: LEGEND_RESERVE + 26,
      bottom: 24,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    });
    xAxes.push(yearAxis(years, theme, g));
    yAxes.push(valueAxis(theme, text.format.number, { min: 0 }, g));
    for (const scenario of scenarios)
      lines.push(
        scenarioLine(
          scenario,
          `cost:${kind}:${scenario.id}`,
          scenario.costs[kind][options.measure],
          theme,
          g,
        ),
      );
  });
  const title = costsTitle(options.measure, costs.discountRate, text);
  const panels = kinds
    .map((kind) =>
      text.t('aria.panel', {
        panel: text.t(`cost.${kind}`),
        lines: describeChanges(scenarios, (s) => s.costs[kind][options.measure], money, text),
      }),
    )
    .join(' ');
  const description = scenarios.length
    ? `${text.t('aria.costs', { title, from: years[0]!, to: years[years.length - 1]! })} ${panels}`
    : text.t('aria.none');
  const colorOf = (name: string) => scenarios.find((scenario) => scenario.label === name)?.colorIndex ?? 0;
  return {
    ...baseOption(theme, description),
    title: titles,
    legend: scenarioLegend(scenarios, theme, (s) =>
      s.reference ? text.t('reference', { name: s.label }) : s.label,
    ),
    tooltip: axisTooltip(theme, money, colorOf),
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series: lines,
  };
}
