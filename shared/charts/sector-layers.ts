import type { GridComponentOption, LineSeriesOption, TitleComponentOption } from 'echarts';
import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import type { LivePicture, PlotBox } from './live-picture';
import { bandPicture, combinePictures, plotPoints, scenarioStroke } from './live-picture';
import { lineIdentity, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import type { ChartLayers, LatestData, LayerScenario } from './trajectory-layers';
import { anchor, layerFrame, latestTooltip, signature, slice, swatchOf, yearsOf } from './trajectory-layers';
import { tooltipRow } from './tooltip';
import { wrapWords } from './text-width';

export interface SectorLayout {
  readonly columns: number;
  readonly cellHeight: number;
  /** Room above the panels (the legend), in pixels. */
  readonly top: number;
  /** The chart's width in pixels (the live layer draws in pixels). */
  readonly width: number;
}

/** A scenario's capability line: thinner and fainter than its self-reliance line, in both layers. */
const CAPABILITY_STYLE = { widthScale: 0.55, minWidth: 1, opacity: 0.6 } as const;

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
 * The live layer draws the edited scenario's lines and bands in the pixels of the same plot areas.
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
  const live: LivePicture[] = [];
  const edited = scenarios.find((s) => s.role === 'edited' && s.run);
  const capability = (s: LayerScenario): LineSeriesOption => {
    const { color, dash, width } = lineIdentity(s, theme);
    const { widthScale, minWidth, opacity } = CAPABILITY_STYLE;
    return {
      lineStyle: { color, type: dash, width: Math.max(minWidth, width * widthScale), opacity },
      silent: true,
    };
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
      text: wrapWords(sector.name, box.titleWidth, theme.fontSize).join('\n'),
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
      const plot: PlotBox = { ...box, min: 0, max: 1 };
      const points = (values: ArrayLike<number>) => plotPoints(plot, values, n, index * n);
      const bands = edited.bands;
      if (bands) {
        // Self-reliance's band is shaded (the edited scenario is the reference); capability's has edges only.
        live.push(bandPicture(edited, points(bands.S.p10), points(bands.S.p90), theme, true));
        live.push(bandPicture(edited, points(bands.C.p10), points(bands.C.p90), theme, false));
      }
      live.push({
        fills: [],
        strokes: [
          scenarioStroke(edited, points(edited.run.S), theme),
          scenarioStroke(edited, points(edited.run.C), theme, CAPABILITY_STYLE),
        ],
      });
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
    live: combinePictures(live),
    baseSignature: signature(scenarios, ['sectors', layout, sectors.map((s) => s.name), theme]),
  };
}
