import type { EChart } from '../../components/echarts';
import { drawnSignature, updateChart } from '../../components/update-chart';
import { useEChart } from '../../components/use-echart';
import type { ChartLayers } from '../../../../shared/charts';

export { forgetDrawn } from '../../components/update-chart';

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
 * Draws the live layer at once, and the base layer (axes, other scenarios' lines and bands) only when
 * its content changed since it was last drawn, on ECharts' next frame.
 */
export function drawLayers(base: EChart, live: EChart, layers: ChartLayers): void {
  if (drawnSignature(base) !== layers.baseSignature)
    updateChart(base, layers.base, { lazy: true, signature: layers.baseSignature });
  // The shaded areas of the edited scenario's bands (graphic elements) change like series data.
  updateChart(live, layers.live, { mergeable: ['graphic'] });
}

export function disposed(...charts: (EChart | null)[]): boolean {
  return charts.some((chart) => !chart || chart.isDisposed());
}
