import type {
  EChartsOption,
  GridComponentOption,
  LineSeriesOption,
  TitleComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import type { ObservedPoint, ObservedQuantity } from '../catalogue/observed-history';
import { observedHistory } from '../catalogue/observed-history';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { escapeHtml } from './escape-html';
import type { LivePicture, LivePoint } from './live-picture';
import { tooltipRow } from './tooltip';
import type { ChartLayers } from './trajectory-layers';

/** Observed values to draw left of one plot of a chart (the grid at index `grid`). */
export interface ObservedPanel {
  readonly grid: number;
  /** Whose record it is, for the tooltip (a sector's name; none for the economy). */
  readonly name?: string;
  readonly points: readonly ObservedPoint[];
}

export interface ObservedHistory {
  /** The chart's first projected year: every observation lies before it. */
  readonly baseYear: number;
  readonly panels: readonly ObservedPanel[];
  /** The chart's width in pixels: grids given in percentages or by their right margin are placed in it. */
  readonly width: number;
  /** How a value reads (the chart's own format). */
  readonly format: (value: number) => string;
}

/** Series ids of the observed points start with this. */
export const OBSERVED_ID_PREFIX = 'observed:';

/** At most this share of a plot's width goes to the years before the base year. */
const MAX_HISTORY_SHARE = 0.3;
/** The gap between the history panel and the projection, pixels. */
const GAP = 6;
/** Room left of the projection for half its first year label ("2025"), pixels. */
const YEAR_LABEL_ROOM = 16;
/** The history axis starts at most this many years before the base year. */
const MAX_YEARS_BACK = 10;

/** The panels of a chart: one per plot, from the one lookup of the observed record. */
export function observedPanels(
  quantity: ObservedQuantity,
  plots: readonly { readonly grid: number; readonly sectorId?: string; readonly name?: string }[],
  baseYear: number,
): ObservedPanel[] {
  return plots.map(({ grid, sectorId, name }) => ({
    grid,
    ...(name === undefined ? {} : { name }),
    points: observedHistory(quantity, sectorId, baseYear),
  }));
}

/** The first year the history axes show: the earliest observation, at most ten years back. */
function firstYearOf(history: ObservedHistory): number | undefined {
  const years = history.panels.flatMap((panel) => panel.points.map((point) => point.year));
  if (years.length === 0) return undefined;
  return Math.max(Math.min(...years), history.baseYear - MAX_YEARS_BACK);
}

const list = <T>(value: T | readonly T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? [...(value as T[])] : [value as T];

/** A grid's horizontal place in pixels, whether it was given by width or by right margin, in % or px. */
function horizontal(grid: GridComponentOption, width: number): { left: number; width: number } {
  const px = (value: unknown, fallback: number): number => {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.endsWith('%')) return (Number.parseFloat(value) * width) / 100;
    if (typeof value === 'string' && value !== '' && Number.isFinite(Number(value))) return Number(value);
    return fallback;
  };
  const left = px(grid.left, 0);
  const plotWidth = grid.width !== undefined ? px(grid.width, 0) : width - left - px(grid.right, 0);
  return { left, width: plotWidth };
}

interface Split {
  readonly from: { readonly left: number; readonly width: number };
  readonly history: { readonly left: number; readonly width: number };
  readonly projection: { readonly left: number; readonly width: number };
}

function split(grid: GridComponentOption, history: ObservedHistory, years: number, projected: number) {
  const from = horizontal(grid, history.width);
  const share = Math.min(MAX_HISTORY_SHARE, years / (years + Math.max(1, projected - 1)));
  const historyWidth = Math.max(12, Math.round(from.width * share) - GAP);
  const projection = { left: from.left + historyWidth + GAP, width: from.width - historyWidth - GAP };
  return { from, history: { left: from.left, width: historyWidth }, projection } satisfies Split;
}

/** How many years the chart's first x axis shows (the projection's). */
function projectedYears(option: EChartsOption): number {
  const axis = list(option.xAxis as XAXisComponentOption | XAXisComponentOption[])[0] as
    { data?: unknown[] } | undefined;
  return axis?.data?.length ?? 2;
}

/**
 * The chart with the observed record drawn before the base year: for each panel, the left part of its
 * plot becomes a small plot of its own (same value axis, labels moved to it) with the observations as
 * neutral grey points, labelled "Observed" in the legend, the source on hover; a plot with nothing
 * observed says so. Nothing else of the chart changes, so any option builder's chart can take it.
 * Returns the option unchanged when no panel has an observation.
 */
export function withObservedHistory(
  option: EChartsOption,
  history: ObservedHistory,
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  return addHistory(option, history, theme, text)?.option ?? option;
}

/**
 * The same for an editor chart drawn in two layers: the base layer takes the history panels, and the
 * live layer's lines are moved into the narrowed projection plots, pixel for pixel.
 */
export function withObservedHistoryLayers(
  layers: ChartLayers,
  history: ObservedHistory,
  theme: ChartTheme,
  text: ChartText,
): ChartLayers {
  const added = addHistory(layers.base, history, theme, text);
  if (!added) return layers;
  return {
    base: added.option,
    live: remapPicture(layers.live, added.splits),
    baseSignature: JSON.stringify([layers.baseSignature, 'observed', history.panels.length, text.language]),
  };
}

function addHistory(
  option: EChartsOption,
  history: ObservedHistory,
  theme: ChartTheme,
  text: ChartText,
): { option: EChartsOption; splits: Split[] } | undefined {
  const firstYear = firstYearOf(history);
  if (firstYear === undefined) return undefined;
  const years = Array.from({ length: history.baseYear - firstYear }, (_, i) => firstYear + i);
  const grids = list(option.grid as GridComponentOption | GridComponentOption[]);
  const xAxes = list(option.xAxis as XAXisComponentOption | XAXisComponentOption[]);
  const yAxes = list(option.yAxis as YAXisComponentOption | YAXisComponentOption[]);
  const titles = list(option.title as TitleComponentOption | TitleComponentOption[]);
  const series: LineSeriesOption[] = [];
  const splits: Split[] = [];
  const projected = projectedYears(option);
  const byId = new Map<string, ObservedPanel>();

  for (const panel of history.panels) {
    const grid = grids[panel.grid];
    if (!grid) continue;
    const place = split(grid, history, years.length, projected);
    splits.push(place);
    const h = grids.length;
    grids[panel.grid] = {
      ...grid,
      left: place.projection.left,
      width: place.projection.width,
      right: undefined,
    };
    grids.push({ ...grid, left: place.history.left, width: place.history.width, right: undefined });
    const yIndex = yAxes.findIndex((axis) => (axis.gridIndex ?? 0) === panel.grid);
    const main = yAxes[yIndex];
    if (main) {
      // The value labels move to the history plot, the far left of the panel; its end labels are kept
      // inside the plot's height, so that a grid fitted to its labels keeps the projection's height.
      yAxes[yIndex] = { ...main, axisLabel: { ...main.axisLabel, show: false } } as YAXisComponentOption;
      yAxes.push({
        ...main,
        gridIndex: h,
        axisLabel: { ...main.axisLabel, verticalAlignMaxLabel: 'top', verticalAlignMinLabel: 'bottom' },
      } as YAXisComponentOption);
    }
    const observed = panel.points.length > 0;
    xAxes.push({
      type: 'category',
      gridIndex: h,
      data: years.map(String),
      boundaryGap: true,
      axisLabel: {
        // A plot with nothing observed says so where its first year would be written.
        show: observed,
        color: theme.muted,
        fontSize: theme.fontSize - 1,
        interval: (index: number) => index === 0,
      },
      axisLine: { lineStyle: { color: theme.axis, type: 'dashed' } },
      axisTick: { show: false },
      splitLine: { show: false },
    });
    if (!observed) {
      const top = typeof grid.top === 'number' ? grid.top : 0;
      const height = typeof grid.height === 'number' ? grid.height : 0;
      // Under the history plot, ending short of the projection's first year label: the row of year
      // labels has the room the narrow plot lacks (it reaches into the value labels' column, empty there).
      titles.push({
        text: text.t('observed.none'),
        left: place.projection.left - YEAR_LABEL_ROOM,
        textAlign: 'right',
        top: top + height + 4,
        textStyle: { fontSize: theme.fontSize - 3, fontWeight: 'normal', color: theme.muted },
      });
      continue;
    }
    const id = `${OBSERVED_ID_PREFIX}${panel.grid}`;
    byId.set(id, panel);
    series.push({
      id,
      name: text.t('observed.legend'),
      type: 'line',
      xAxisIndex: h,
      yAxisIndex: h,
      data: years.map((year) => panel.points.find((point) => point.year === year)?.value ?? null),
      symbol: 'circle',
      symbolSize: 7,
      showSymbol: true,
      // Every observation, however narrow the plot (ECharts would otherwise thin crowded symbols out).
      showAllSymbol: true,
      lineStyle: { width: 0, opacity: 0 },
      itemStyle: { color: theme.muted, borderColor: theme.background, borderWidth: 1 },
      emphasis: { disabled: true },
      z: 7,
    });
  }
  const legend = list(option.legend as { data?: unknown[] } | { data?: unknown[] }[]);
  const withLegend = legend.map((entry) =>
    Array.isArray(entry.data) && series.length > 0
      ? {
          ...entry,
          data: [
            ...entry.data,
            {
              name: text.t('observed.legend'),
              icon: 'circle',
              itemStyle: { color: theme.muted, opacity: 1 },
            },
          ],
        }
      : entry,
  );
  const aria = option.aria as { label?: { description?: string } } | undefined;
  const description = aria?.label?.description;
  return {
    splits,
    option: {
      ...option,
      ...(typeof description === 'string'
        ? {
            aria: {
              ...aria,
              label: { ...aria!.label, description: `${description} ${describeObserved(history, text)}` },
            },
          }
        : {}),
      grid: grids,
      xAxis: xAxes,
      yAxis: yAxes,
      title: titles,
      ...(legend.length > 0 ? { legend: Array.isArray(option.legend) ? withLegend : withLegend[0] } : {}),
      tooltip: observedTooltip(option.tooltip, byId, history, text),
      series: [...list(option.series as LineSeriesOption | LineSeriesOption[]), ...series],
    } as EChartsOption,
  };
}

interface TooltipParam {
  readonly seriesId?: string;
  readonly dataIndex?: number;
  readonly axisValueLabel?: string;
  readonly value?: unknown;
}

/** The chart's tooltip, answering itself over the history plots: each observation with its source. */
function observedTooltip(
  tooltip: EChartsOption['tooltip'],
  panels: ReadonlyMap<string, ObservedPanel>,
  history: ObservedHistory,
  text: ChartText,
): EChartsOption['tooltip'] {
  const base = (Array.isArray(tooltip) ? tooltip[0] : tooltip) as
    { formatter?: (raw: unknown) => string } | undefined;
  if (!base) return tooltip;
  const original = base.formatter;
  const language = text.language === 'zh-CN' ? 'zh' : 'en';
  return {
    ...base,
    formatter: (raw: unknown) => {
      const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
      const observed = params.filter((param) => panels.has(String(param.seriesId ?? '')));
      if (observed.length === 0) {
        const onHistory = params.some((param) => String(param.seriesId ?? '').startsWith(OBSERVED_ID_PREFIX));
        if (onHistory) return '';
        return typeof original === 'function' ? original(raw) : '';
      }
      const year = params[0]?.axisValueLabel ?? '';
      const rows = observed.flatMap((param) => {
        const panel = panels.get(String(param.seriesId))!;
        const point = panel.points.find((candidate) => String(candidate.year) === year);
        if (!point) return [];
        const notes = [
          text.t('observed.source', { source: point.source, confidence: point.confidence }),
          text.t('observed.measures', { definition: point.definition[language] }),
          ...(point.note ? [point.note] : []),
        ];
        return [
          tooltipRow(panel.name ?? text.t('observed.legend'), history.format(point.value), 'observed'),
          ...notes.map((note) => `<div class="chart-tip-note">${escapeHtml(note)}</div>`),
        ];
      });
      if (rows.length === 0) return '';
      return `<div class="chart-tip-year">${escapeHtml(text.t('observed.year', { year }))}</div>${rows.join('')}`;
    },
  } as EChartsOption['tooltip'];
}

/** The live layer's points moved from each plot's old place to its narrowed projection plot. */
function remapPicture(picture: LivePicture, splits: readonly Split[]): LivePicture {
  // Plots of one column share their horizontal place, so an x coordinate says which mapping applies.
  const move = (x: number): number => {
    const place = splits.find(({ from }) => x >= from.left - 0.5 && x <= from.left + from.width + 0.5);
    if (!place || place.from.width <= 0) return x;
    const { from, projection } = place;
    return projection.left + ((x - from.left) / from.width) * projection.width;
  };
  const point = (p: LivePoint): LivePoint => (p === null ? null : [move(p[0]), p[1]]);
  return {
    fills: picture.fills.map((fill) => ({
      ...fill,
      points: fill.points.map((p) => [move(p[0]), p[1]] as const),
    })),
    strokes: picture.strokes.map((stroke) => ({ ...stroke, points: stroke.points.map(point) })),
  };
}

/** A sentence for a chart's description: how many observed values it shows before the base year. */
export function describeObserved(
  history: Pick<ObservedHistory, 'baseYear' | 'panels'>,
  text: ChartText,
): string {
  const count = history.panels.reduce((sum, panel) => sum + panel.points.length, 0);
  return count > 0
    ? text.t('aria.observed', { year: history.baseYear, count })
    : text.t('aria.noObserved', { year: history.baseYear });
}

/**
 * A comparison's chart (Compare, the presentation, the report, their exports) with its observed record
 * before the first projected year: the open chokepoints of the economy, or each plotted sector's
 * self-reliance (one plot per sector, in `sectorIds`' order). The one rule every edge draws it by.
 */
export function withComparisonObserved(
  option: EChartsOption,
  chart:
    | { readonly quantity: 'chokepointsOpen' }
    | { readonly quantity: 'S'; readonly sectorIds: readonly string[] },
  place: { readonly years: readonly number[]; readonly width: number },
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const baseYear = place.years[0];
  if (baseYear === undefined) return option;
  const panels =
    chart.quantity === 'S'
      ? observedPanels(
          'S',
          chart.sectorIds.map((sectorId, grid) => ({ grid, sectorId, name: text.sectorName(sectorId) })),
          baseYear,
        )
      : observedPanels('chokepointsOpen', [{ grid: 0 }], baseYear);
  const format = chart.quantity === 'S' ? text.format.percent1 : text.format.integer;
  return withObservedHistory(option, { baseYear, panels, width: place.width, format }, theme, text);
}
