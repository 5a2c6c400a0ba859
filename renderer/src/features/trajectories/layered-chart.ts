import { useState } from 'react';
import type { ChartLayers } from '../../../../shared/charts';
import type { EChart } from '../../components/echarts';
import { drawnSignature, updateChart } from '../../components/update-chart';
import { useEChart } from '../../components/use-echart';
import { paintLive } from './paint-live';

export { forgetDrawn } from '../../components/update-chart';

/**
 * A base layer (an ECharts instance: axes, other scenarios, tooltip) with a canvas on top for the
 * live layer (see shared/charts/trajectory-layers.ts).
 */
export function useLayeredChart() {
  const base = useEChart();
  const [live, mountLive] = useState<HTMLCanvasElement | null>(null);
  return { mountBase: base.mount, mountLive, base: base.chart, live };
}

/**
 * Paints the live layer at once, and gives the base layer (axes, other scenarios' lines and bands)
 * what changed since it was last drawn, if anything, for ECharts' next frame.
 */
export function drawLayers(base: EChart, live: HTMLCanvasElement, layers: ChartLayers): void {
  if (drawnSignature(base) !== layers.baseSignature)
    updateChart(base, layers.base, { lazy: true, signature: layers.baseSignature });
  paintLive(live, layers.live);
}

export function disposed(base: EChart | null, live: HTMLCanvasElement | null): boolean {
  return !base || base.isDisposed() || !live;
}
