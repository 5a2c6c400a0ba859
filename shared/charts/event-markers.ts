import type { EChartsOption, LineSeriesOption, XAXisComponentOption } from 'echarts';
import type { ChartTheme } from './chart-theme';
import type { ChartLayers } from './trajectory-layers';

/** A dated event to mark on a chart over the years: a restriction package the scenario applies. */
export interface EventMarker {
  readonly year: number;
  /** 1–12: where in the year the line stands (default: the start of the year). */
  readonly month?: number;
  readonly label: string;
}

/** Marker series ids start with this, so tooltips, descriptions and tests can tell them apart. */
export const EVENT_MARKER_ID_PREFIX = 'event:';

export interface MarkerOptions {
  /** Grids whose lines carry the names (default: all for a chart of one grid, the first for several). */
  readonly labelled?: 'all' | 'first';
  /**
   * Longest label, in pixels along its line (default 110): about the plot's height, so that a name
   * never runs past the axis; a longer one ends in "…" (the page lists the packages in full).
   */
  readonly labelWidth?: number;
}

/** The years of a category axis of years (`["2025", …]`), or undefined for any other axis. */
function yearsOf(axis: XAXisComponentOption): readonly number[] | undefined {
  if (axis.type !== 'category' || !Array.isArray(axis.data) || axis.data.length < 2) return undefined;
  const years = (axis.data as unknown[]).map(Number);
  return years.every((year, i) => Number.isInteger(year) && (i === 0 || year === years[i - 1]! + 1))
    ? years
    : undefined;
}

/**
 * `option` with a thin dashed vertical line at each marker's date on every grid whose x axis is a
 * category axis of consecutive years (other charts, such as the waterfall, are left as they are). A
 * category axis has no place between two years, so each such grid gets a hidden value axis over the
 * same years, appended after the chart's own axes, on which a month stands where it falls. Each line
 * is a `markLine` of a series of its own that draws no data, takes no pointer events and has no name,
 * so legends, tooltips and the existing series and axes are untouched. Labelled grids (see
 * `MarkerOptions`) carry the marker's name along its line, cut to fit the plot.
 */
export function withEventMarkers(
  option: EChartsOption,
  markers: readonly EventMarker[],
  theme: ChartTheme,
  options: MarkerOptions = {},
): EChartsOption {
  if (markers.length === 0) return option;
  const axes = (
    Array.isArray(option.xAxis) ? option.xAxis : option.xAxis ? [option.xAxis] : []
  ) as XAXisComponentOption[];
  const yAxes = (Array.isArray(option.yAxis) ? option.yAxis : option.yAxis ? [option.yAxis] : []) as {
    gridIndex?: number;
  }[];
  const hidden: XAXisComponentOption[] = [];
  const series: LineSeriesOption[] = [];
  axes.forEach((axis, index) => {
    const years = yearsOf(axis);
    if (!years) return;
    const first = years[0]!;
    const last = years[years.length - 1]!;
    const lines = markers.flatMap((marker) => {
      const at = marker.year + ((marker.month ?? 1) - 1) / 12;
      return at >= first && at <= last ? [{ xAxis: at, name: marker.label }] : [];
    });
    // The y axis of the same grid: charts with panels of their own (the observed record) have more
    // axes than grids, so an x axis's index is not its y axis's.
    const gridIndex = (axis as { gridIndex?: number }).gridIndex ?? 0;
    const yAxisIndex = yAxes.findIndex((yAxis) => (yAxis.gridIndex ?? 0) === gridIndex);
    if (lines.length === 0 || yAxisIndex < 0) return;
    const axisIndex = axes.length + hidden.length;
    hidden.push({
      type: 'value',
      gridIndex,
      min: first,
      max: last,
      show: false,
      axisPointer: { show: false },
    });
    const labelled = options.labelled ?? (axes.length > 1 ? 'first' : 'all');
    const showLabel = labelled === 'all' || series.length === 0;
    series.push({
      id: `${EVENT_MARKER_ID_PREFIX}${index}`,
      type: 'line',
      xAxisIndex: axisIndex,
      yAxisIndex,
      data: [],
      silent: true,
      tooltip: { show: false },
      markLine: {
        silent: true,
        symbol: ['none', 'none'],
        animation: false,
        lineStyle: { color: theme.muted, width: 1, type: [4, 3], opacity: 0.9 },
        label: {
          show: showLabel,
          position: 'insideEndTop',
          formatter: '{b}',
          width: options.labelWidth ?? 110,
          overflow: 'truncate',
          ellipsis: '…',
          color: theme.muted,
          fontSize: theme.fontSize - 2,
          fontFamily: theme.fontFamily,
        },
        emphasis: { disabled: true },
        data: lines,
      },
    });
  });
  if (series.length === 0) return option;
  const existing = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return { ...option, xAxis: [...axes, ...hidden], series: [...existing, ...series] };
}

/** An editor chart's layers with the markers on its base layer (and in its signature, so it redraws). */
export function withLayerMarkers(
  layers: ChartLayers,
  markers: readonly EventMarker[],
  theme: ChartTheme,
  options: MarkerOptions = {},
): ChartLayers {
  if (markers.length === 0) return layers;
  return {
    ...layers,
    base: withEventMarkers(layers.base, markers, theme, options),
    baseSignature: `${layers.baseSignature}${JSON.stringify(markers)}`,
  };
}
