import type { EChart } from '../../components/echarts';
import { useEChart } from '../../components/use-echart';
import type { ChartLayers } from './chart-layers';

const drawnBase = new WeakMap<EChart, string>();

/** Two stacked chart instances: the base layer and the live layer (see chart-layers.ts). */
export function useLayeredChart() {
  const base = useEChart();
  const live = useEChart();
  return { mountBase: base.mount, mountLive: live.mount, base: base.chart, live: live.chart, colors: base.colors };
}

/** Draws the live layer, and the base layer only when its content changed since it was last drawn. */
export function drawLayers(base: EChart, live: EChart, layers: ChartLayers): void {
  if (drawnBase.get(base) !== layers.baseSignature) {
    base.setOption(layers.base, { notMerge: true });
    drawnBase.set(base, layers.baseSignature);
    // A diagnostic for the benchmark: base redraws should be rare while a slider moves.
    performance.mark('chart-base-redraw');
  }
  live.setOption(layers.live, { notMerge: false, replaceMerge: ['series'] });
}

export function disposed(...charts: (EChart | null)[]): boolean {
  return charts.some((chart) => !chart || chart.isDisposed());
}
