import type { GridComponentOption, LineSeriesOption, TitleComponentOption } from 'echarts';
import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import {
  BAND_ID_PREFIX,
  lineIdentity,
  scenarioLegend,
  scenarioLine,
  valueAxis,
  yearAxis,
} from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import type { ChartLayers, LatestData, LayerScenario } from './trajectory-layers';
import { anchor, layerFrame, latestTooltip, signature, slice, swatchOf, yearsOf } from './trajectory-layers';
import { tooltipRow } from './tooltip';

export interface SectorLayout {
  readonly columns: number;
  readonly cellHeight: number;
  /** Room above the panels (the legend), in pixels. */
  readonly top: number;
  /** The chart's width in pixels (the live layer draws in pixels). */
  readonly width: number;
}

/** Room for a sector's title (two lines: long names wrap instead of being cut) above its plot. */
const TITLE_HEIGHT = 34;
/** Room left of each plot for its value labels ("100%"), and the gap right of it. */
const LABEL_WIDTH = 36;
const GAP = 10;

/**
 * Where sector `g`'s plot area lies, in pixels. The base layer's grids are placed exactly here
 * (`outerBoundsMode: 'none'`: ECharts does not shrink them to fit their labels, which moved the plots
 * away from the live layer's lines), and the live layer draws the edited lines in the same pixels.
 */
export function sectorPlot(g: number, layout: SectorLayout) {
  const cell = layout.width / layout.columns;
  const column = g % layout.columns;
  const top = layout.top + Math.floor(g / layout.columns) * layout.cellHeight;
  return {
    left: column * cell + LABEL_WIDTH,
    width: cell - LABEL_WIDTH - GAP,
    top: top + TITLE_HEIGHT,
    height: layout.cellHeight - TITLE_HEIGHT - 24,
    titleLeft: column * cell + 4,
    titleTop: top + 2,
    titleWidth: cell - GAP - 4,
  };
}

/** The height the small multiples need. */
export function sectorLayersHeight(sectorCount: number, layout: Omit<SectorLayout, 'width'>): number {
  return layout.top + Math.ceil(sectorCount / layout.columns) * layout.cellHeight;
}

/**
 * Small multiples: one grid per sector, each scenario's self-reliance in its own identity and its
 * capability as a thinner, fainter line of the same colour and dash (the dash belongs to the scenario).
 * The live layer draws the edited scenario as two series over all sectors at once, in pixel
 * coordinates of the same plot areas (a gap between sectors), because one series is far cheaper to
 * redraw than twenty-two.
 */
export function sectorLayers(
  scenarios: readonly LayerScenario[],
  sectors: readonly { readonly id: string; readonly name: string }[],
  layout: SectorLayout,
  theme: ChartTheme,
  text: ChartText,
  latest: LatestData,
): ChartLayers {
  const years = yearsOf(scenarios);
  const n = years.length;
  const run = scenarios.find((s) => s.run)?.run;
  const grids: GridComponentOption[] = [];
  const xAxes: XAXisComponentOption[] = [];
  const yAxes: YAXisComponentOption[] = [];
  const titles: TitleComponentOption[] = [];
  const baseSeries: LineSeriesOption[] = [];
  const liveS: (number | null)[][] = [];
  const liveC: (number | null)[][] = [];
  const liveBands = {
    S: { low: [] as (number | null)[][], high: [] as (number | null)[][] },
    C: { low: [] as (number | null)[][], high: [] as (number | null)[][] },
  };
  const fills: number[][][] = [];
  const edited = scenarios.find((s) => s.role === 'edited' && s.run);
  const capability = (s: LayerScenario): LineSeriesOption => {
    const { color, dash, width } = lineIdentity(s, theme);
    return { lineStyle: { color, type: dash, width: Math.max(1, width * 0.55), opacity: 0.6 }, silent: true };
  };
  sectors.forEach((sector, g) => {
    const box = sectorPlot(g, layout);
    grids.push({
      left: box.left,
      width: box.width,
      top: box.top,
      height: box.height,
      outerBoundsMode: 'none',
    });
    xAxes.push(yearAxis(years, theme, g));
    yAxes.push(valueAxis(theme, text.format.percent, { min: 0, max: 1, interval: 0.5 }, g));
    titles.push({
      text: sector.name,
      left: box.titleLeft,
      top: box.titleTop,
      textStyle: {
        fontSize: theme.fontSize,
        fontWeight: 600,
        color: theme.text,
        width: box.titleWidth,
        lineHeight: theme.fontSize + 2,
        overflow: 'break',
      },
    });
    baseSeries.push(anchor(`anchor:${g}`, years, g));
    const index = run ? run.sectorIds.indexOf(sector.id) : -1;
    if (index < 0) return;
    for (const s of scenarios) {
      if (!s.run || s.role === 'edited') continue;
      baseSeries.push(
        scenarioLine(s, `S:${g}:${s.id}`, slice(s.run.S, n, index), theme, g, { silent: true }),
      );
      baseSeries.push(scenarioLine(s, `C:${g}:${s.id}`, slice(s.run.C, n, index), theme, g, capability(s)));
    }
    if (edited?.run) {
      const point = (y: number, value: number) => [
        box.left + (n > 1 ? y / (n - 1) : 0) * box.width,
        box.top + (1 - value) * box.height,
      ];
      const path = (values: ArrayLike<number>) =>
        Array.from({ length: n }, (_, y) => point(y, values[index * n + y]!));
      liveS.push(...path(edited.run.S), [null, null]);
      liveC.push(...path(edited.run.C), [null, null]);
      const bands = edited.bands;
      // One shaded area per sector whether or not there are bands yet (then empty), so that bands
      // coming and going change only the areas' points.
      let fill: number[][] = [];
      if (bands) {
        for (const variable of ['S', 'C'] as const) {
          const low = path(bands[variable].p10);
          const high = path(bands[variable].p90);
          liveBands[variable].low.push(...low, [null, null]);
          liveBands[variable].high.push(...high, [null, null]);
          // Self-reliance's band is shaded (the edited scenario is the reference); capability's has edges only.
          if (variable === 'S') fill = [...low, ...high.reverse()];
        }
      }
      fills.push(fill);
    }
  });
  const percent = text.format.percent;
  const rowsAt = (y: number, grid: number) => {
    const sector = sectors[grid];
    const index = sector && run ? run.sectorIds.indexOf(sector.id) : -1;
    if (index < 0) return [];
    return latest.scenarios
      .filter((s) => s.run)
      .flatMap((s) => [
        tooltipRow(`${s.label} · ${text.t('variable.S')}`, percent(s.run!.S[index * n + y]!), swatchOf(s)),
        tooltipRow(`${s.label} · ${text.t('variable.C')}`, percent(s.run!.C[index * n + y]!), swatchOf(s)),
      ]);
  };
  const height = sectorLayersHeight(sectors.length, layout);
  const liveLine = (id: string, data: (number | null)[][], extra: LineSeriesOption): LineSeriesOption =>
    scenarioLine(edited!, id, [], theme, 0, { ...extra, connectNulls: false, data: data as number[][] });
  const editedColor = edited ? lineIdentity(edited, theme).color : theme.text;
  // The edges of the edited scenario's bands, as bandSeries draws them in the other charts.
  const bandEdge: LineSeriesOption = {
    silent: true,
    z: 2,
    lineStyle: { color: editedColor, width: 1, type: 'solid', opacity: theme.bandEdgeOpacity },
  };
  return {
    base: {
      ...layerFrame(theme),
      title: titles,
      legend: { ...scenarioLegend(scenarios, theme), selectedMode: false },
      grid: grids,
      xAxis: xAxes,
      yAxis: yAxes,
      tooltip: latestTooltip(theme, (year, grid) => `${sectors[grid]?.name ?? ''} ${year}`, rowsAt),
      // The edited scenario is drawn in the live layer; an empty series gives it its legend entry here.
      // ECharts draws a legend entry like the first series of its name: the lines come before the bands.
      series: [...(edited ? [scenarioLine(edited, 'legend:edited', [], theme)] : []), ...baseSeries],
    },
    live: {
      ...layerFrame(theme),
      grid: { left: 0, top: 0, width: layout.width, height, outerBoundsMode: 'none' },
      xAxis: { type: 'value', min: 0, max: layout.width, show: false },
      yAxis: { type: 'value', min: 0, max: height, inverse: true, show: false },
      series: edited
        ? [
            liveLine('sectors:S', liveS, { silent: true }),
            liveLine('sectors:C', liveC, capability(edited)),
            ...(['S', 'C'] as const).flatMap((variable) =>
              (['low', 'high'] as const).map((edge) =>
                liveLine(`${BAND_ID_PREFIX}sectors:${variable}:${edge}`, liveBands[variable][edge], bandEdge),
              ),
            ),
          ]
        : [],
      graphic: fills.map((points, g) => ({
        type: 'polygon',
        id: `${BAND_ID_PREFIX}sectors:S:fill:${g}`,
        silent: true,
        z: 1,
        shape: { points },
        style: { fill: editedColor, opacity: theme.bandOpacity },
      })),
    },
    baseSignature: signature(scenarios, ['sectors', layout, sectors.map((s) => s.name), theme]),
  };
}
