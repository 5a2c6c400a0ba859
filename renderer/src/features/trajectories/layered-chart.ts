import type { EChart, EChartOption } from '../../components/echarts';
import { useEChart } from '../../components/use-echart';
import type { ChartLayers } from '../../../../shared/charts';

type Series = { id: string; data: unknown }[];
const seriesOf = (option: object) => (option as { series?: Series }).series ?? [];

/** What a chart instance was last given: its option without series data, and each series' data. */
interface Drawn {
  readonly frame: string;
  readonly data: ReadonlyMap<string, string>;
  readonly signature?: string;
}
const drawn = new WeakMap<EChart, Drawn>();

/** Two stacked chart instances: the base layer and the live layer (see shared/charts/trajectory-layers.ts). */
export function useLayeredChart() {
  const base = useEChart();
  const live = useEChart();
  return {
    mountBase: base.mount,
    mountLive: live.mount,
    base: base.chart,
    live: live.chart,
  };
}

/**
 * Gives `chart` its new option as cheaply as ECharts allows: the whole option when anything but series
 * data changed (axes, grids, which series there are), else only the series whose data changed, merged
 * by id; nothing when nothing changed. `lazy` leaves the redraw to ECharts' next frame, so that a burst
 * of updates costs one render.
 */
function update(chart: EChart, option: EChartOption, lazy: boolean, signature?: string): void {
  const series = seriesOf(option);
  const frame = JSON.stringify({ ...option, series: series.map(({ data: _data, ...rest }) => rest) });
  const data = new Map(series.map(({ id, data }) => [id, JSON.stringify(data)]));
  const before = drawn.get(chart);
  if (before?.frame === frame) {
    const changed = series.filter(({ id }) => before.data.get(id) !== data.get(id));
    if (changed.length > 0)
      chart.setOption({ series: changed.map(({ id, data }) => ({ id, data })) }, { lazyUpdate: lazy });
  } else {
    chart.setOption(option, { notMerge: true });
    // A diagnostic for the benchmark: full redraws should be rare while a slider moves.
    performance.mark('chart-base-redraw');
  }
  drawn.set(chart, { frame, data, ...(signature === undefined ? {} : { signature }) });
}

/**
 * Draws the live layer at once, and the base layer (bands, other scenarios, axes) only when its
 * content changed since it was last drawn, on ECharts' next frame.
 */
export function drawLayers(base: EChart, live: EChart, layers: ChartLayers): void {
  if (drawn.get(base)?.signature !== layers.baseSignature)
    update(base, layers.base, true, layers.baseSignature);
  update(live, layers.live, false);
}

/**
 * Forgets what the charts were given, so the next draw gives each its whole option: the tooltip's
 * formatter, which reads the latest data of a new drawing context, travels only with the whole option.
 */
export function forgetDrawn(...charts: EChart[]): void {
  for (const chart of charts) drawn.delete(chart);
}

export function disposed(...charts: (EChart | null)[]): boolean {
  return charts.some((chart) => !chart || chart.isDisposed());
}
