import type {
  EChartsOption,
  GridComponentOption,
  LineSeriesOption,
  TitleComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import type { ComparedTrajectories } from '../compare/trajectories';
import { bandSeries, baseOption, scenarioLegend, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import { describeBands, describeChanges } from './describe';
import { LEGEND_RESERVE } from './legend-layout';
import { wrapWords } from './text-width';
import { axisTooltip } from './tooltip';

export interface SectorMultiplesOptions {
  readonly variable: 'S' | 'C';
  readonly bands: boolean;
  /** Shade every band, not just the reference's (edges are always drawn). */
  readonly fillAll?: boolean;
  /** Which sectors, in which order (default: all, in catalogue order). */
  readonly sectors?: readonly string[];
  /** Panels per row (default 4) and each panel's height in pixels (default 150). */
  readonly columns?: number;
  readonly cellHeight?: number;
  /** The chart's width in pixels (default 960): long sector names wrap at their panel's width. */
  readonly width?: number;
}

/** The height the small multiples need: the legend plus one row of panels per `columns` sectors. */
export function sectorMultiplesHeight(
  sectorCount: number,
  options: Pick<SectorMultiplesOptions, 'columns' | 'cellHeight'> = {},
): number {
  return LEGEND_RESERVE + Math.ceil(sectorCount / (options.columns ?? 4)) * (options.cellHeight ?? 150);
}

/**
 * Small multiples of per-sector trajectories: one panel per sector with every scenario's S (or C) and
 * P10–P90 bands, all panels on the same axes (years and 0–100 %) so they can be compared at a glance;
 * one legend; the tooltip lists every scenario's value in the hovered year of the hovered sector.
 */
export function sectorMultiplesOption(
  trajectories: ComparedTrajectories,
  options: SectorMultiplesOptions,
  theme: ChartTheme,
  text: ChartText,
): EChartsOption {
  const { years, scenarios } = trajectories;
  const { variable } = options;
  const sectors = options.sectors ?? trajectories.sectorIds;
  const columns = options.columns ?? 4;
  const cellHeight = options.cellHeight ?? 150;
  const width = 100 / columns;
  const percent = text.format.percent;
  const grids: GridComponentOption[] = [];
  const titles: TitleComponentOption[] = [];
  const xAxes: XAXisComponentOption[] = [];
  const yAxes: YAXisComponentOption[] = [];
  const lines: LineSeriesOption[] = [];
  const bands: LineSeriesOption[] = [];
  sectors.forEach((sector, g) => {
    const left = `${(g % columns) * width + 1.5}%`;
    const top = LEGEND_RESERVE + Math.floor(g / columns) * cellHeight;
    const titleWidth = ((options.width ?? 960) * (width - 3)) / 100;
    titles.push({
      text: wrapWords(text.sectorName(sector), titleWidth, theme.fontSize).join('\n'),
      left,
      top,
      textStyle: {
        fontSize: theme.fontSize,
        fontWeight: 600,
        color: theme.text,
        width: titleWidth,
        // Long names wrap onto a second line (room is left for it) instead of running into the next panel.
        overflow: 'break',
        lineHeight: theme.fontSize + 2,
      },
    });
    grids.push({
      left,
      width: `${width - 3}%`,
      top: top + 2 * (theme.fontSize + 2) + 8,
      height: cellHeight - 2 * (theme.fontSize + 2) - 34,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    });
    xAxes.push(yearAxis(years, theme, g));
    yAxes.push(valueAxis(theme, percent, { min: 0, max: 1, interval: 0.5 }, g));
    for (const scenario of scenarios) {
      const series = scenario[variable][sector];
      if (!series) continue;
      lines.push(scenarioLine(scenario, `${variable}:${sector}:${scenario.id}`, series.values, theme, g));
      if (options.bands && series.band)
        bands.push(
          ...bandSeries(
            scenario,
            `${variable}:${sector}:${scenario.id}`,
            series.band,
            theme,
            g,
            {},
            options.fillAll === true || scenario.reference,
          ),
        );
    }
  });
  const variableName = text.t(`variable.${variable}`);
  const panels = sectors
    .map((sector) =>
      text.t('aria.panel', {
        panel: text.sectorName(sector),
        lines: describeChanges(scenarios, (s) => s[variable][sector]?.values ?? [Number.NaN], percent, text),
      }),
    )
    .join(' ');
  const description = scenarios.length
    ? `${text.t('aria.sectors', { variable: variableName, count: sectors.length, from: years[0]!, to: years[years.length - 1]! })} ${panels}${describeBands(trajectories.draws, bands.length > 0, text)}`
    : text.t('aria.none');
  const colorOf = (name: string) => scenarios.find((scenario) => scenario.label === name)?.colorIndex ?? 0;
  return {
    ...baseOption(theme, description),
    title: titles,
    legend: scenarioLegend(scenarios, theme, (s) =>
      s.reference ? text.t('reference', { name: s.label }) : s.label,
    ),
    tooltip: axisTooltip(theme, percent, colorOf),
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series: [...lines, ...bands],
  };
}
