import type { ChartColors, EChartOption } from '../../components/echarts';
import type { Formatters } from '../../i18n/format';
import type { ChartScenario } from './series-data';
import { bandPairs, pairs } from './series-data';

export interface ChartText {
  readonly description: string;
  readonly selfReliance: string;
  readonly capability: string;
  readonly band: string;
}

type Series = Record<string, unknown>;

function axes(colors: ChartColors, format: Formatters, years: readonly number[], y: Record<string, unknown>, grid = 0) {
  return {
    xAxis: { type: 'value', gridIndex: grid, min: years[0], max: years[years.length - 1], interval: 5, axisLabel: { formatter: (value: number) => format.year(value), color: colors.muted, fontSize: 11 }, axisLine: { lineStyle: { color: colors.axis } }, axisTick: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'value', gridIndex: grid, axisLabel: { color: colors.muted, fontSize: 11 }, splitLine: { lineStyle: { color: colors.grid } }, ...y },
  };
}

function bandSeries(scenario: ChartScenario, band: { lower: [number, number][]; width: [number, number][] }, stack: string, grid: number, colors: ChartColors): Series[] {
  const common = { type: 'line', xAxisIndex: grid, yAxisIndex: grid, stack, symbol: 'none', silent: true, lineStyle: { opacity: 0 }, tooltip: { show: false } };
  return [
    { ...common, id: `${stack}-lower`, data: band.lower },
    { ...common, id: `${stack}-width`, data: band.width, areaStyle: { color: scenario.role === 'edited' ? colors.band : scenario.color, opacity: scenario.role === 'edited' ? 1 : 0.12 } },
  ];
}

function line(scenario: ChartScenario, id: string, data: [number, number][], grid = 0, dashed = false): Series {
  return { id, name: scenario.name, type: 'line', xAxisIndex: grid, yAxisIndex: grid, data, symbol: 'none', showSymbol: false, z: 5, lineStyle: { color: scenario.color, width: scenario.role === 'edited' ? 2.5 : 1.75, type: dashed ? 'dashed' : 'solid' }, itemStyle: { color: scenario.color } };
}

/** Tooltip without inline styles (the page's CSP forbids them): classes only. */
function tooltip(format: (value: number) => string, colors: ChartColors, labelOf: (seriesId: string) => string = () => '') {
  return {
    trigger: 'axis',
    backgroundColor: colors.surface,
    borderColor: colors.grid,
    textStyle: { color: colors.text },
    formatter: (params: { seriesName: string; seriesId: string; value: [number, number] }[]) => {
      const rows = params
        .filter((param) => param.seriesName)
        .map((param) => `<div class="tip-row"><span>${escapeHtml(param.seriesName + labelOf(param.seriesId))}</span> <b>${format(param.value[1])}</b></div>`);
      return `<div class="tip-year">${params[0]?.value[0] ?? ''}</div>${rows.join('')}`;
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Aggregate self-reliance (demand-weighted) of every visible scenario, with bands where computed. */
export function aggregateOption(scenarios: readonly ChartScenario[], colors: ChartColors, format: Formatters, text: ChartText): EChartOption {
  const years = scenarios.find((s) => s.run)?.run?.years ?? [];
  const series: Series[] = [];
  for (const scenario of scenarios) {
    if (scenario.bands && scenario.run) series.push(...bandSeries(scenario, bandPairs(years, scenario.bands.aggregateS), `agg-${scenario.id}`, 0, colors));
  }
  for (const scenario of scenarios) if (scenario.run) series.push(line(scenario, `agg-line-${scenario.id}`, pairs(years, scenario.run.aggregateS)));
  return {
    animation: false,
    aria: { enabled: true, label: { description: text.description } },
    grid: { left: 44, right: 12, top: 12, bottom: 24 },
    tooltip: tooltip(format.percent, colors),
    ...axes(colors, format, years, { min: 0, max: (extent: { max: number }) => Math.max(0.5, Math.ceil(extent.max * 10) / 10), axisLabel: { formatter: (value: number) => format.percent(value), color: colors.muted, fontSize: 11 } }),
    series,
  };
}

/** Open chokepoints per year, 0 to the number the catalogue lists. */
export function chokepointOption(scenarios: readonly ChartScenario[], total: number, colors: ChartColors, format: Formatters, text: ChartText): EChartOption {
  const years = scenarios.find((s) => s.run)?.run?.years ?? [];
  const series: Series[] = [];
  for (const scenario of scenarios) {
    if (scenario.bands && scenario.run) series.push(...bandSeries(scenario, bandPairs(years, scenario.bands.chokepointsOpen), `cp-${scenario.id}`, 0, colors));
  }
  for (const scenario of scenarios) if (scenario.run) series.push({ ...line(scenario, `cp-line-${scenario.id}`, pairs(years, scenario.run.chokepointsOpen)), step: 'end' });
  return {
    animation: false,
    aria: { enabled: true, label: { description: text.description } },
    grid: { left: 36, right: 12, top: 12, bottom: 24 },
    tooltip: tooltip(format.integer, colors),
    ...axes(colors, format, years, { min: 0, max: total, minInterval: 1, axisLabel: { formatter: (value: number) => format.integer(value), color: colors.muted, fontSize: 11 } }),
    series,
  };
}

export interface SectorLayout {
  readonly columns: number;
  /** Pixels a sector's title may take before it is cut with an ellipsis. */
  readonly titleWidth: number;
  readonly cellHeight: number;
  readonly top: number;
}

/** Small multiples in one chart: one grid per sector, self-reliance solid, capability dashed. */
export function sectorOption(
  scenarios: readonly ChartScenario[],
  sectors: readonly { id: string; name: string }[],
  layout: SectorLayout,
  colors: ChartColors,
  format: Formatters,
  text: ChartText,
): EChartOption {
  const run = scenarios.find((s) => s.run)?.run;
  const years = run?.years ?? [];
  const width = 100 / layout.columns;
  const grids: Record<string, unknown>[] = [];
  const xAxes: unknown[] = [];
  const yAxes: unknown[] = [];
  const titles: Record<string, unknown>[] = [];
  const series: Series[] = [];
  sectors.forEach((sector, g) => {
    const column = g % layout.columns;
    const row = Math.floor(g / layout.columns);
    const top = layout.top + row * layout.cellHeight;
    grids.push({ left: `${column * width + 4}%`, width: `${width - 6}%`, top: top + 22, height: layout.cellHeight - 46 });
    titles.push({ text: sector.name, left: `${column * width + 4}%`, top: top + 2, textStyle: { fontSize: 12, fontWeight: 600, color: colors.text, width: layout.titleWidth, overflow: 'truncate' } });
    const { xAxis, yAxis } = axes(colors, format, years, { min: 0, max: 1, interval: 0.5, axisLabel: { formatter: (value: number) => format.percent(value), color: colors.muted, fontSize: 10 } }, g);
    xAxes.push({ ...xAxis, axisLabel: { ...xAxis.axisLabel, fontSize: 10 } });
    yAxes.push(yAxis);
    const index = run ? run.sectorIds.indexOf(sector.id) : -1;
    if (index < 0) return;
    for (const scenario of scenarios) {
      if (scenario.role !== 'edited' || !scenario.bands || !scenario.run) continue;
      series.push(...bandSeries(scenario, bandPairs(years, scenario.bands.S, index), `s-${g}`, g, colors));
      series.push(...bandSeries(scenario, bandPairs(years, scenario.bands.C, index), `c-${g}`, g, colors));
    }
    for (const scenario of scenarios) {
      if (!scenario.run) continue;
      series.push(line(scenario, `s-${g}-${scenario.id}`, pairs(years, scenario.run.S, index), g));
      series.push(line(scenario, `c-${g}-${scenario.id}`, pairs(years, scenario.run.C, index), g, true));
    }
  });
  return {
    animation: false,
    aria: { enabled: true, label: { description: text.description } },
    title: titles,
    legend: { top: 0, left: 0, data: scenarios.map((s) => s.name), textStyle: { color: colors.text }, itemWidth: 18, itemHeight: 4, icon: 'rect' },
    tooltip: tooltip(format.percent, colors, (id) => ` · ${id.startsWith('c-') ? text.capability : text.selfReliance}`),
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series,
  };
}
