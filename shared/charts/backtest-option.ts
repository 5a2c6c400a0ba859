import type {
  EChartsOption,
  GridComponentOption,
  LineSeriesOption,
  TitleComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import type { Backtest } from '../engine/backtest';
import type { BacktestRow } from '../engine/backtest-compare';
import { isInSample, LAST_FITTED_YEAR } from '../engine/backtest-sample';
import type { LineScenario } from './chart-parts';
import { bandSeries, baseOption, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { escapeHtml } from './escape-html';
import { tooltipRow } from './tooltip';

/** What the backtest chart draws: one model version's run from the historical base year, and the record. */
export interface BacktestChartData {
  readonly modelVersion: number;
  /** The last year a fitted parameter may see (the in-sample observations end there). */
  readonly lastFittedYear: number;
  readonly years: readonly number[];
  readonly sectorIds: readonly string[];
  /** Simulated S, flat `s * years + y`. */
  readonly S: ArrayLike<number>;
  /** P10–P90 of S, same layout, when Monte Carlo draws were run. */
  readonly bands?: { readonly p10: ArrayLike<number>; readonly p90: ArrayLike<number> };
  readonly rows: readonly BacktestRow[];
  /** Mean absolute error over the compared observations, points (for the description). */
  readonly mae: number;
  readonly compared: number;
}

/** What the chart draws of a backtest run under `modelVersion`. */
export function backtestChartData(backtest: Backtest, modelVersion: number): BacktestChartData {
  return {
    modelVersion,
    lastFittedYear: LAST_FITTED_YEAR,
    years: backtest.years,
    sectorIds: backtest.sectorIds,
    S: backtest.S,
    ...(backtest.bands ? { bands: backtest.bands } : {}),
    rows: backtest.rows,
    mae: backtest.summary.all.mae,
    compared: backtest.summary.all.compared,
  };
}

export interface BacktestChartOptions {
  /** Panels per row (default 3) and each panel's height (default 190), the chart's width (default 960). */
  readonly columns?: number;
  readonly cellHeight?: number;
  readonly width?: number;
}

/** Room for the legend: its four entries take two rows at the widths of the Model page. */
const LEGEND_HEIGHT = 72;
const LABEL_WIDTH = 44;
const GAP = 16;
const TITLE_HEIGHT = 22;

/** The height the chart needs for `sectors` panels. */
export function backtestChartHeight(sectors: number, options: BacktestChartOptions = {}): number {
  return LEGEND_HEIGHT + Math.ceil(sectors / (options.columns ?? 3)) * (options.cellHeight ?? 190);
}

/** The sectors a backtest has something to show for: those with an observation inside the run. */
export function backtestSectors(rows: readonly BacktestRow[]): string[] {
  const shown = rows.filter((row) => row.role === 'compared' || row.role === 'base-year');
  return [...new Set(shown.map((row) => row.observation.sector))];
}

type Kind = 'in' | 'out' | 'base';
const KINDS: readonly Kind[] = ['in', 'out', 'base'];

function kindOf(row: BacktestRow): Kind | undefined {
  if (row.role === 'base-year') return 'base';
  if (row.role !== 'compared') return undefined;
  return isInSample(row.observation) ? 'in' : 'out';
}

/** Each kind of observation has its own mark, told apart by shape as well as fill (grey-scale prints). */
function markOf(kind: Kind, theme: ChartTheme) {
  if (kind === 'in') return { symbol: 'circle', symbolSize: 8, itemStyle: { color: theme.text } };
  if (kind === 'out')
    return {
      symbol: 'diamond',
      symbolSize: 11,
      itemStyle: { color: theme.background, borderColor: theme.text, borderWidth: 2 },
    };
  return { symbol: 'rect', symbolSize: 7, itemStyle: { color: theme.muted } };
}

/**
 * The backtest as small multiples: per observed sector, the model's simulated self-reliance from the
 * historical base year (a line, with its P10–P90 band when draws were run) against the observations,
 * the in-sample ones (to the last fitted year) as filled circles, the out-of-sample ones as hollow
 * diamonds, the base year's (where the run starts) as small grey squares. Each panel's value axis fits
 * its sector (lithography stays near zero). The tooltip gives each observation with its error.
 */
export function backtestOption(
  data: BacktestChartData,
  options: BacktestChartOptions,
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const columns = options.columns ?? 3;
  const cellHeight = options.cellHeight ?? 190;
  const width = options.width ?? 960;
  const cell = width / columns;
  const n = data.years.length;
  const sectors = backtestSectors(data.rows);
  const model: LineScenario = {
    id: `model-v${data.modelVersion}`,
    label: text.t('backtest.model', { version: data.modelVersion }),
    reference: true,
    colorIndex: 0,
  };
  const kindLabel: Record<Kind, string> = {
    in: text.t('backtest.inSample', { year: data.lastFittedYear }),
    out: text.t('backtest.outOfSample', { year: data.lastFittedYear }),
    base: text.t('backtest.baseYear'),
  };
  const grids: GridComponentOption[] = [];
  const titles: TitleComponentOption[] = [];
  const xAxes: XAXisComponentOption[] = [];
  const yAxes: YAXisComponentOption[] = [];
  const lines: LineSeriesOption[] = [];
  const bands: LineSeriesOption[] = [];
  const marks: LineSeriesOption[] = [];
  const rowsAt = new Map<string, BacktestRow[]>();

  sectors.forEach((sector, g) => {
    const s = data.sectorIds.indexOf(sector);
    const left = (g % columns) * cell;
    const top = LEGEND_HEIGHT + Math.floor(g / columns) * cellHeight;
    const values = Array.from({ length: n }, (_, y) => (s < 0 ? Number.NaN : data.S[s * n + y]!));
    const band = data.bands && s >= 0 ? sliceBand(data.bands, s, n) : undefined;
    const rows = data.rows.filter((row) => row.observation.sector === sector && kindOf(row));
    const highest = Math.max(...values, ...(band?.p90 ?? []), ...rows.map((row) => row.observation.value));
    const max = Math.min(1, Math.max(0.1, Math.ceil(highest * 11) / 10));
    titles.push({
      text: text.sectorName(sector),
      left: left + 4,
      top,
      textStyle: { fontSize: theme.fontSize, fontWeight: 600, color: theme.text },
    });
    grids.push({
      left: left + LABEL_WIDTH,
      width: cell - LABEL_WIDTH - GAP,
      top: top + TITLE_HEIGHT,
      height: cellHeight - TITLE_HEIGHT - 30,
      outerBoundsMode: 'none',
    });
    xAxes.push(yearAxis(data.years, theme, g));
    yAxes.push(valueAxis(theme, text.format.percent, { min: 0, max, interval: max / 2 }, g));
    lines.push(scenarioLine(model, `backtest:${sector}`, values, theme, g));
    if (band) bands.push(...bandSeries(model, `backtest:${sector}`, band, theme, g, {}, true));
    for (const kind of KINDS) {
      const ofKind = rows.filter((row) => kindOf(row) === kind);
      if (ofKind.length === 0) continue;
      const id = `observed:${kind}:${sector}`;
      rowsAt.set(id, ofKind);
      marks.push({
        id,
        name: kindLabel[kind],
        type: 'line',
        xAxisIndex: g,
        yAxisIndex: g,
        data: data.years.map(
          (year) => ofKind.find((row) => row.observation.year === year)?.observation.value ?? null,
        ),
        showSymbol: true,
        ...markOf(kind, theme),
        lineStyle: { width: 0, opacity: 0 },
        emphasis: { disabled: true },
        z: 8,
      });
    }
  });

  const percent = text.format.percent1;
  const signed = (points: number) => text.format.signed(points);
  const legendKinds = KINDS.filter((kind) => marks.some((mark) => mark.name === kindLabel[kind]));
  const scenarioEntries = scenarioLegend([model], theme);
  const summary = text.t('aria.backtestSummary', {
    // Two decimals, as the CLI and docs/model.md print it (the digits read the same in both languages).
    mae: data.mae.toFixed(2),
    compared: data.compared,
  });
  const description = text.t('aria.backtest', {
    version: data.modelVersion,
    from: data.years[0] ?? '',
    to: data.years.at(-1) ?? '',
    count: sectors.length,
    summary,
  });
  return {
    ...baseOption(theme, description),
    title: titles,
    legend: {
      ...scenarioEntries,
      data: [
        model.label,
        ...legendKinds.map((kind) => ({
          name: kindLabel[kind],
          icon: markOf(kind, theme).symbol,
          itemStyle: { ...markOf(kind, theme).itemStyle, opacity: 1 },
        })),
      ],
      formatter: (name: string) => name,
      itemGap: 36,
      width: width - 8,
    },
    tooltip: {
      trigger: 'axis',
      backgroundColor: theme.background,
      borderColor: theme.grid,
      textStyle: { color: theme.text, fontSize: theme.fontSize },
      formatter: (raw: unknown) => {
        const params = (Array.isArray(raw) ? raw : [raw]) as {
          seriesId?: string;
          dataIndex?: number;
          axisIndex?: number;
          axisValueLabel?: string;
        }[];
        const first = params[0];
        if (first?.dataIndex === undefined) return '';
        const sector = sectors[first.axisIndex ?? 0];
        const s = sector === undefined ? -1 : data.sectorIds.indexOf(sector);
        const y = first.dataIndex;
        const year = data.years[y];
        const out = [
          `<div class="chart-tip-year">${escapeHtml(`${sector ? text.sectorName(sector) : ''} ${year ?? ''}`)}</div>`,
        ];
        if (s >= 0) {
          out.push(tooltipRow(model.label, percent(data.S[s * n + y]!), model.colorIndex));
          if (data.bands)
            out.push(
              tooltipRow(
                text.t('band'),
                `${percent(data.bands.p10[s * n + y]!)}–${percent(data.bands.p90[s * n + y]!)}`,
                model.colorIndex,
              ),
            );
        }
        for (const param of params) {
          const row = rowsAt.get(String(param.seriesId ?? ''))?.find((r) => r.observation.year === year);
          if (!row) continue;
          const kind = kindOf(row)!;
          const error =
            kind === 'base' ? '' : ` (${text.t('backtest.error', { value: signed(row.error!) })})`;
          out.push(tooltipRow(kindLabel[kind], `${percent(row.observation.value)}${error}`, 'observed'));
          out.push(
            `<div class="chart-tip-note">${escapeHtml(text.t('observed.source', { source: row.observation.source, confidence: row.observation.confidence }))}</div>`,
          );
        }
        return out.join('');
      },
    },
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series: [...lines, ...bands, ...marks],
  };
}

function sliceBand(band: NonNullable<BacktestChartData['bands']>, s: number, n: number) {
  const slice = (values: ArrayLike<number>) => Array.from({ length: n }, (_, y) => values[s * n + y]!);
  return { p10: slice(band.p10), p90: slice(band.p90) };
}
