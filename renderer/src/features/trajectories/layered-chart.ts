import type { EChart } from '../../components/echarts';
import { useEChart } from '../../components/use-echart';
import type { ChartLayers } from '../../../../shared/charts';

const drawnBase = new WeakMap<EChart, string>();
const baseFrame = new WeakMap<EChart, string>();

type Series = { id: string; data: unknown }[];
const seriesOf = (option: object) => (option as { series?: Series }).series ?? [];

/** The base layer without its series' data: when only data changed (bands refining), merge the data. */
function frameOf(option: object): string {
  return JSON.stringify({ ...option, series: seriesOf(option).map(({ data: _data, ...rest }) => rest) });
}
const liveSeriesIds = new WeakMap<EChart, string>();

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

/** Draws the live layer, and the base layer only when its content changed since it was last drawn. */
export function drawLayers(base: EChart, live: EChart, layers: ChartLayers): void {
  if (drawnBase.get(base) !== layers.baseSignature) {
    const frame = frameOf(layers.base);
    if (baseFrame.get(base) === frame) {
      // Same axes, grids and series, new data (bands refining): a data-only merge, drawn on the next
      // frame (lazyUpdate) so that a burst of band updates costs one render.
      base.setOption(
        { series: seriesOf(layers.base).map(({ id, data }) => ({ id, data })) },
        { lazyUpdate: true },
      );
    } else {
      base.setOption(layers.base, { notMerge: true });
      baseFrame.set(base, frame);
      // A diagnostic for the benchmark: full base redraws should be rare while a slider moves.
      performance.mark('chart-base-redraw');
    }
    drawnBase.set(base, layers.baseSignature);
  }
  // The live layer's frame changes with the base; in between only its lines' data does, and a
  // data-only merge is the cheapest redraw ECharts has.
  const series = seriesOf(layers.live);
  const ids = `${layers.baseSignature}|${series.map((entry) => entry.id).join(',')}`;
  if (liveSeriesIds.get(live) === ids) {
    live.setOption({ series: series.map(({ id, data }) => ({ id, data })) });
  } else {
    live.setOption(layers.live, { notMerge: true });
    liveSeriesIds.set(live, ids);
  }
}

export function disposed(...charts: (EChart | null)[]): boolean {
  return charts.some((chart) => !chart || chart.isDisposed());
}
