import type { EChartsOption } from 'echarts';
import { useCallback, useEffect, useRef } from 'react';
import type { EChart } from '../../components/echarts';
import { chartDeferred, chartDrawn } from './compare-perf';

interface DrawState {
  visible: boolean;
  wanted: EChartsOption;
  drawn: EChartsOption | null;
  idle: number | undefined;
}

/**
 * Draws `option` on `chart`: at once when the chart is on screen, otherwise when the page is next
 * idle (or as soon as the chart scrolls into view, whichever comes first). A change of reference
 * redraws a dozen charts; those the user cannot see need not hold up the ones they can.
 */
export function useChartOption(
  chart: EChart | null,
  element: HTMLElement | null,
  option: EChartsOption,
): void {
  const state = useRef<DrawState>({ visible: true, wanted: option, drawn: null, idle: undefined });

  const settle = useCallback(() => {
    const current = state.current;
    if (current.idle === undefined) return;
    cancelIdleCallback(current.idle);
    current.idle = undefined;
    chartDrawn();
  }, []);

  const draw = useCallback(() => {
    settle();
    const current = state.current;
    if (!chart || chart.isDisposed() || current.drawn === current.wanted) return;
    chart.setOption(current.wanted, { notMerge: true });
    current.drawn = current.wanted;
  }, [chart, settle]);

  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      ([entry]) => {
        state.current.visible = entry?.isIntersecting ?? true;
        if (state.current.visible) draw();
      },
      { rootMargin: '80px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, draw]);

  useEffect(() => {
    const current = state.current;
    current.wanted = option;
    if (current.visible || typeof requestIdleCallback === 'undefined') {
      draw();
    } else if (current.idle === undefined) {
      chartDeferred();
      current.idle = requestIdleCallback(draw, { timeout: 400 });
    }
  }, [option, draw]);

  // A new chart instance has drawn nothing yet; a chart that goes away leaves nothing pending.
  useEffect(() => {
    state.current.drawn = null;
    return settle;
  }, [chart, settle]);
}
