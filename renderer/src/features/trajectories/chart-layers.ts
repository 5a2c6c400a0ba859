import type { ChartColors, EChartOption } from '../../components/echarts';
import type { Formatters } from '../../i18n/format';
import type { ChartScenario } from './series-data';
import { bandPairs, pairs } from './series-data';

/**
 * Each trajectory chart is drawn as two ECharts instances stacked on one another: a base layer with
 * the axes, titles, bands, the tooltip and every line that does not change while a slider moves
 * (baseline, compared scenarios), and a transparent live layer, which takes no pointer events, with
 * only the edited scenario's lines. A slider move redraws only the live layer; the base is redrawn
 * when its own content changes. The tooltip reads the current data of every line from `latest`.
 */
export interface LatestData {
  scenarios: readonly ChartScenario[];
}
export interface ChartLayers {
  readonly base: EChartOption;
  readonly live: EChartOption;
  /** Equal signatures mean an equal base layer: it is not redrawn. */
  readonly baseSignature: string;
}

type Series = Record<string, unknown>;

const hidden = { show: false };

function axisPair(
  colors: ChartColors,
  years: readonly number[],
  yRange: { min: number; max: number; interval?: number },
  label: (value: number) => string,
  format: Formatters,
  grid = 0,
  fontSize = 11,
) {
  const x = { type: 'value', gridIndex: grid, min: years[0], max: years[years.length - 1], interval: 5 };
  const y = { type: 'value', gridIndex: grid, ...yRange };
  return {
    base: {
      xAxis: {
        ...x,
        axisLabel: { formatter: (value: number) => format.year(value), color: colors.muted, fontSize },
        axisLine: { lineStyle: { color: colors.axis } },
        axisTick: hidden,
        splitLine: hidden,
      },
      yAxis: {
        ...y,
        axisLabel: { formatter: label, color: colors.muted, fontSize },
        splitLine: { lineStyle: { color: colors.grid } },
      },
    },
    // The live layer's axes only place the lines: nothing of them is drawn.
    live: { xAxis: { ...x, show: false }, yAxis: { ...y, show: false } },
  };
}

function line(
  scenario: ChartScenario,
  id: string,
  data: [number, number][],
  grid = 0,
  dashed = false,
  step = false,
): Series {
  return {
    id,
    name: scenario.name,
    type: 'line',
    xAxisIndex: grid,
    yAxisIndex: grid,
    data,
    symbol: 'none',
    showSymbol: false,
    silent: true,
    z: 5,
    ...(step ? { step: 'end' } : {}),
    emphasis: { disabled: true },
    lineStyle: {
      color: scenario.color,
      width: scenario.role === 'edited' ? 2.5 : 1.75,
      type: dashed ? 'dashed' : 'solid',
    },
    itemStyle: { color: scenario.color },
  };
}

function bandSeries(
  scenario: ChartScenario,
  band: { lower: [number, number][]; width: [number, number][] },
  stack: string,
  grid: number,
  colors: ChartColors,
): Series[] {
  const common = {
    type: 'line',
    xAxisIndex: grid,
    yAxisIndex: grid,
    stack,
    symbol: 'none',
    silent: true,
    lineStyle: { opacity: 0 },
    emphasis: { disabled: true },
  };
  const color = scenario.role === 'edited' ? colors.band : scenario.color;
  return [
    { ...common, id: `${stack}-lower`, data: band.lower },
    {
      ...common,
      id: `${stack}-width`,
      data: band.width,
      areaStyle: { color, opacity: scenario.role === 'edited' ? 1 : 0.12 },
    },
  ];
}

/** An invisible line over every year, so that the base layer's axis tooltip has something to follow. */
function anchor(id: string, years: readonly number[], grid = 0): Series {
  return {
    id,
    type: 'line',
    xAxisIndex: grid,
    yAxisIndex: grid,
    data: years.map((year) => [year, 0]),
    symbol: 'none',
    lineStyle: { opacity: 0 },
    emphasis: { disabled: true },
    z: 0,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The live layer's tooltip lists every visible scenario at the hovered year (not just the live
 * series), from the data itself; classes only, since the page's CSP forbids inline styles.
 */
function tooltip(colors: ChartColors, rowsAt: (year: number) => string[]) {
  return {
    trigger: 'axis',
    backgroundColor: colors.surface,
    borderColor: colors.grid,
    textStyle: { color: colors.text },
    formatter: (params: { value: [number, number] }[]) => {
      const year = params[0]?.value[0];
      if (year === undefined) return '';
      return `<div class="tip-year">${year}</div>${rowsAt(year).join('')}`;
    },
  };
}

const row = (label: string, value: string) =>
  `<div class="tip-row"><span>${escapeHtml(label)}</span> <b>${escapeHtml(value)}</b></div>`;

function yearsOf(scenarios: readonly ChartScenario[]): readonly number[] {
  return scenarios.find((s) => s.run)?.run?.years ?? [];
}

function signature(scenarios: readonly ChartScenario[], extra: unknown): string {
  return JSON.stringify([
    scenarios.map((s) => (s.role === 'edited' ? [s.name, s.color] : [s.id, s.name, s.color, s.runKey])),
    scenarios.map((s) => [s.bandsKey, s.bandsDone]),
    extra,
  ]);
}

/** Aggregate self-reliance: every visible scenario, with bands where computed. */
export function aggregateLayers(
  scenarios: readonly ChartScenario[],
  colors: ChartColors,
  format: Formatters,
  latest: LatestData,
): ChartLayers {
  const years = yearsOf(scenarios);
  // A fixed 0–100 % axis, like the sectors': comparable at a glance, and never redrawn while a slider moves.
  const max = 1;
  const axes = axisPair(colors, years, { min: 0, max, interval: 0.25 }, format.percent, format);
  const grid = { left: 44, right: 12, top: 12, bottom: 24 };
  const baseSeries: Series[] = [];
  for (const s of scenarios)
    if (s.bands && s.run)
      baseSeries.push(...bandSeries(s, bandPairs(years, s.bands.aggregateS), `agg-${s.id}`, 0, colors));
  for (const s of scenarios)
    if (s.run && s.role !== 'edited')
      baseSeries.push(line(s, `agg-${s.id}-line`, pairs(years, s.run.aggregateS)));
  const edited = scenarios.filter((s) => s.role === 'edited' && s.run);
  const rowsAt = (year: number) =>
    latest.scenarios
      .filter((s) => s.run)
      .map((s) => row(s.name, format.percent(s.run!.aggregateS[year - years[0]!]!)));
  return {
    base: {
      animation: false,
      grid,
      ...axes.base,
      tooltip: tooltip(colors, rowsAt),
      series: [anchor('agg-anchor', years), ...baseSeries],
    } as EChartOption,
    live: {
      animation: false,
      grid,
      ...axes.live,
      series: edited.map((s) => line(s, 'agg-edited', pairs(years, s.run!.aggregateS))),
    } as EChartOption,
    baseSignature: signature(scenarios, ['agg', max]),
  };
}

/** Open chokepoints per year, from 0 to the number the catalogue lists. */
export function chokepointLayers(
  scenarios: readonly ChartScenario[],
  total: number,
  colors: ChartColors,
  format: Formatters,
  latest: LatestData,
): ChartLayers {
  const years = yearsOf(scenarios);
  const axes = axisPair(colors, years, { min: 0, max: total, interval: 10 }, format.integer, format);
  const grid = { left: 36, right: 12, top: 12, bottom: 24 };
  const baseSeries: Series[] = [];
  for (const s of scenarios)
    if (s.bands && s.run)
      baseSeries.push(...bandSeries(s, bandPairs(years, s.bands.chokepointsOpen), `cp-${s.id}`, 0, colors));
  for (const s of scenarios)
    if (s.run && s.role !== 'edited')
      baseSeries.push(line(s, `cp-${s.id}-line`, pairs(years, s.run.chokepointsOpen), 0, false, true));
  const edited = scenarios.filter((s) => s.role === 'edited' && s.run);
  const rowsAt = (year: number) =>
    latest.scenarios
      .filter((s) => s.run)
      .map((s) => row(s.name, format.integer(s.run!.chokepointsOpen[year - years[0]!]!)));
  return {
    base: {
      animation: false,
      grid,
      ...axes.base,
      tooltip: tooltip(colors, rowsAt),
      series: [anchor('cp-anchor', years), ...baseSeries],
    } as EChartOption,
    live: {
      animation: false,
      grid,
      ...axes.live,
      series: edited.map((s) => line(s, 'cp-edited', pairs(years, s.run!.chokepointsOpen), 0, false, true)),
    } as EChartOption,
    baseSignature: signature(scenarios, ['cp', total]),
  };
}

export interface SectorLayout {
  readonly columns: number;
  readonly cellHeight: number;
  readonly top: number;
  /** The chart's width in pixels (the live layer draws in pixels). */
  readonly width: number;
}

/** Where sector `g`'s plot area lies, in pixels, and its grid option for the base layer. */
function sectorGrid(g: number, layout: SectorLayout) {
  const share = 1 / layout.columns;
  const column = g % layout.columns;
  const top = layout.top + Math.floor(g / layout.columns) * layout.cellHeight;
  const left = (column * share + 0.04) * layout.width;
  const width = (share - 0.06) * layout.width;
  return { left, width, top: top + 22, height: layout.cellHeight - 46, titleTop: top + 2 };
}

/**
 * Small multiples: one grid per sector, self-reliance solid, capability dashed. The live layer draws
 * the edited scenario as two series over all sectors at once, in pixel coordinates of the same plot
 * areas (a gap between sectors), because one series is far cheaper to redraw than twenty-two.
 */
export function sectorLayers(
  scenarios: readonly ChartScenario[],
  sectors: readonly { id: string; name: string }[],
  layout: SectorLayout,
  colors: ChartColors,
  format: Formatters,
  labels: { selfReliance: string; capability: string },
  latest: LatestData,
): ChartLayers {
  const years = yearsOf(scenarios);
  const run = scenarios.find((s) => s.run)?.run;
  const grids: unknown[] = [];
  const xAxes: unknown[] = [];
  const yAxes: unknown[] = [];
  const titles: unknown[] = [];
  const baseSeries: Series[] = [];
  const liveS: (number | null)[][] = [];
  const liveC: (number | null)[][] = [];
  const edited = scenarios.find((s) => s.role === 'edited' && s.run);
  sectors.forEach((sector, g) => {
    const box = sectorGrid(g, layout);
    grids.push({ left: box.left, width: box.width, top: box.top, height: box.height });
    const axes = axisPair(colors, years, { min: 0, max: 1, interval: 0.5 }, format.percent, format, g, 10);
    xAxes.push(axes.base.xAxis);
    yAxes.push(axes.base.yAxis);
    titles.push({
      text: sector.name,
      left: box.left,
      top: box.titleTop,
      textStyle: {
        fontSize: 12,
        fontWeight: 600,
        color: colors.text,
        width: layout.width / layout.columns - 12,
        overflow: 'truncate',
      },
    });
    baseSeries.push(anchor(`anchor-${g}`, years, g));
    const index = run ? run.sectorIds.indexOf(sector.id) : -1;
    if (index < 0) return;
    for (const s of scenarios) {
      if (s.role !== 'edited' || !s.bands || !s.run) continue;
      baseSeries.push(...bandSeries(s, bandPairs(years, s.bands.S, index), `s-${g}`, g, colors));
      baseSeries.push(...bandSeries(s, bandPairs(years, s.bands.C, index), `c-${g}`, g, colors));
    }
    for (const s of scenarios) {
      if (!s.run || s.role === 'edited') continue;
      baseSeries.push(line(s, `s-${g}-${s.id}`, pairs(years, s.run.S, index), g));
      baseSeries.push(line(s, `c-${g}-${s.id}`, pairs(years, s.run.C, index), g, true));
    }
    if (edited?.run) {
      const span = years[years.length - 1]! - years[0]!;
      const point = (year: number, value: number) => [
        box.left + ((year - years[0]!) / span) * box.width,
        box.top + (1 - value) * box.height,
      ];
      years.forEach((year, y) => {
        liveS.push(point(year, edited.run!.S[index * years.length + y]!));
        liveC.push(point(year, edited.run!.C[index * years.length + y]!));
      });
      liveS.push([null, null]);
      liveC.push([null, null]);
    }
  });
  const rowsAt = (year: number, grid: number) => {
    const sector = sectors[grid];
    const index = sector && run ? run.sectorIds.indexOf(sector.id) : -1;
    if (index < 0) return [];
    const y = year - years[0]!;
    return latest.scenarios
      .filter((s) => s.run)
      .flatMap((s) => [
        row(`${s.name} · ${labels.selfReliance}`, format.percent(s.run!.S[index * years.length + y]!)),
        row(`${s.name} · ${labels.capability}`, format.percent(s.run!.C[index * years.length + y]!)),
      ]);
  };
  const liveLine = (id: string, data: (number | null)[][], dashed: boolean): Series => ({
    ...line(edited!, id, data as [number, number][], 0, dashed),
    connectNulls: false,
  });
  // The edited scenario is drawn in the live layer; an empty series gives it its legend entry here.
  if (edited) baseSeries.push({ ...line(edited, 'legend-edited', [], 0), data: [] });
  const height = layout.top + Math.ceil(sectors.length / layout.columns) * layout.cellHeight;
  return {
    base: {
      animation: false,
      title: titles,
      legend: {
        top: 0,
        left: 0,
        selectedMode: false,
        data: scenarios.map((s) => s.name),
        textStyle: { color: colors.text },
        itemWidth: 18,
        itemHeight: 4,
        icon: 'rect',
      },
      grid: grids,
      xAxis: xAxes,
      yAxis: yAxes,
      tooltip: {
        ...tooltip(colors, () => []),
        formatter: (params: { value: [number, number]; seriesId?: string }[]) => {
          const first = params[0];
          if (!first) return '';
          const grid = Number(
            /^anchor-(\d+)$|^[sc]-(\d+)/
              .exec(first.seriesId ?? '')
              ?.slice(1)
              .find(Boolean) ?? 0,
          );
          return `<div class="tip-year">${escapeHtml(sectors[grid]?.name ?? '')} ${first.value[0]}</div>${rowsAt(first.value[0], grid).join('')}`;
        },
      },
      series: baseSeries,
    } as EChartOption,
    live: {
      animation: false,
      grid: { left: 0, top: 0, width: layout.width, height },
      xAxis: { type: 'value', min: 0, max: layout.width, show: false },
      yAxis: { type: 'value', min: 0, max: height, inverse: true, show: false },
      series: edited ? [liveLine('sectors-s', liveS, false), liveLine('sectors-c', liveC, true)] : [],
    } as EChartOption,
    baseSignature: signature(scenarios, ['sectors', layout, sectors.map((s) => s.name)]),
  };
}
