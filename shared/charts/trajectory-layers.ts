import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { LineScenario } from './chart-parts';
import type { LivePicture } from './live-picture';
import type { ChartTheme } from './chart-theme';
import { escapeHtml } from './escape-html';
import { tooltipRow } from './tooltip';

/**
 * The editor's trajectory charts are drawn as two ECharts instances stacked on one another: a base
 * layer with the axes, titles, the tooltip and everything that does not change while a slider moves
 * (the baseline's and compared scenarios' lines and bands), and a transparent live layer, which takes
 * no pointer events, with only the edited scenario's lines and bands, drawn on a plain canvas in the
 * base layer's pixels (`LivePicture`). A slider move, and the edited
 * scenario's bands refining after it, redraw only the live layer; the base is redrawn when its own
 * content changes. The tooltip reads the current data of every line from `latest`.
 */
export interface ChartLayers {
  readonly base: EChartsOption;
  readonly live: LivePicture;
  /** Equal signatures mean an equal base layer: it is not redrawn. */
  readonly baseSignature: string;
}

/** A chart's size in CSS pixels: the live layer draws in the base layer's pixels. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** One deterministic run as the charts read it: flat per-sector arrays (`s * years.length + y`). */
export interface TrajectoryRun {
  readonly years: readonly number[];
  readonly sectorIds: readonly string[];
  readonly S: ArrayLike<number>;
  readonly C: ArrayLike<number>;
  readonly aggregateS: ArrayLike<number>;
  readonly chokepointsOpen: ArrayLike<number>;
}

export interface TrajectoryBand {
  readonly p10: ArrayLike<number>;
  readonly p90: ArrayLike<number>;
}

export interface TrajectoryBands {
  readonly S: TrajectoryBand;
  readonly C: TrajectoryBand;
  readonly aggregateS: TrajectoryBand;
  readonly chokepointsOpen: TrajectoryBand;
}

export type LayerRole = 'edited' | 'baseline' | 'compared';

/** One visible scenario with its results. `reference` is the edited one: heavier line, shaded band. */
export interface LayerScenario extends LineScenario {
  readonly role: LayerRole;
  /** Content key of the run: equal keys, equal lines. */
  readonly runKey: string;
  /** Content key of the bands shown (empty when none). */
  readonly bandsKey: string;
  readonly bandsDone: number;
  readonly run: TrajectoryRun | undefined;
  readonly bands: TrajectoryBands | undefined;
}

/** The scenarios as last drawn: the base layer's tooltip reads the live lines' values from here. */
export interface LatestData {
  scenarios: readonly LayerScenario[];
}

/** A series' values over the years (one sector's slice of a flat per-sector array when `sector` ≥ 0). */
export function slice(values: ArrayLike<number>, years: number, sector = -1): number[] {
  const offset = sector < 0 ? 0 : sector * years;
  return Array.from({ length: years }, (_, y) => values[offset + y]!);
}

/**
 * A band's values over the years; empty while the bands are not computed. The band's series are there
 * either way, so that bands arriving or leaving change only data, never which series a layer has.
 */
export function bandSlice(band: TrajectoryBand | undefined, years: number, sector = -1): TrajectoryBand {
  if (!band) return { p10: [], p90: [] };
  return { p10: slice(band.p10, years, sector), p90: slice(band.p90, years, sector) };
}

export function yearsOf(scenarios: readonly LayerScenario[]): readonly number[] {
  return scenarios.find((s) => s.run)?.run?.years ?? [];
}

/** The base layer's signature: what it draws, and nothing of the edited scenario's run or bands. */
export function signature(scenarios: readonly LayerScenario[], extra: unknown): string {
  return JSON.stringify([
    scenarios.map((s) =>
      s.role === 'edited'
        ? [s.label, s.colorIndex]
        : [s.id, s.label, s.colorIndex, s.runKey, s.bandsKey, s.bandsDone],
    ),
    extra,
  ]);
}

/** An invisible line over every year, so that the base layer's axis tooltip has something to follow. */
export function anchor(id: string, years: readonly number[], grid = 0): LineSeriesOption {
  return {
    id,
    type: 'line',
    xAxisIndex: grid,
    yAxisIndex: grid,
    data: years.map(() => 0),
    symbol: 'none',
    lineStyle: { opacity: 0 },
    silent: true,
    emphasis: { disabled: true },
    z: 0,
  };
}

/** The swatch class of a scenario in tooltips: its identity slot, or the baseline's grey. */
export function swatchOf(scenario: Pick<LineScenario, 'colorIndex' | 'baseline'>): string {
  return scenario.baseline ? 'baseline' : String(scenario.colorIndex);
}

/** One tooltip row per scenario with a run, from the latest data (live lines are not in the base layer). */
export function latestRows(
  latest: LatestData,
  value: (scenario: LayerScenario) => number,
  format: (value: number) => string,
  suffix = '',
): string[] {
  return latest.scenarios
    .filter((s) => s.run)
    .map((s) => tooltipRow(`${s.label}${suffix}`, format(value(s)), swatchOf(s)));
}

/** An axis tooltip whose rows come from `rowsAt(yearIndex, gridIndex)`; classes only (the CSP forbids inline styles). */
export function latestTooltip(
  theme: ChartTheme,
  heading: (year: string, grid: number) => string,
  rowsAt: (yearIndex: number, grid: number) => string[],
) {
  return {
    trigger: 'axis' as const,
    backgroundColor: theme.background,
    borderColor: theme.grid,
    textStyle: { color: theme.text, fontSize: theme.fontSize },
    formatter: (raw: unknown) => {
      const params = (Array.isArray(raw) ? raw : [raw]) as {
        dataIndex?: number;
        axisValueLabel?: string;
        axisIndex?: number;
      }[];
      const first = params[0];
      if (first?.dataIndex === undefined) return '';
      const grid = first.axisIndex ?? 0;
      return `<div class="chart-tip-year">${escapeHtml(heading(first.axisValueLabel ?? '', grid))}</div>${rowsAt(first.dataIndex, grid).join('')}`;
    },
  };
}

/** What both layers share: no animation (a slider move must land in one frame), the theme's text, no background. */
export function layerFrame(theme: ChartTheme) {
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: theme.fontSize },
  };
}
