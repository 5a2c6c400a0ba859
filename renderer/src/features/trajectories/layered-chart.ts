import type { EChart } from '../../components/echarts';
import { useEChart } from '../../components/use-echart';
import type { ChartLayers } from '../../../../shared/charts';

const drawnBase = new WeakMap<EChart, string>();
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
    base.setOption(layers.base, { notMerge: true });
    drawnBase.set(base, layers.baseSignature);
    // A diagnostic for the benchmark: base redraws should be rare while a slider moves.
    performance.mark('chart-base-redraw');
  }
  // The live layer's frame changes with the base; in between only its lines' data does, and a
  // data-only merge is the cheapest redraw ECharts has.
  const series = (layers.live as { series?: { id: string; data: unknown }[] }).series ?? [];
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
