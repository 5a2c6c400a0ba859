import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { CHART_MODULES } from '../../../shared/charts/echarts-modules';
import { chartLocale } from '../../../shared/charts/svg-string';

// The page's one registration: what the shared builders draw, on a canvas or as SVG (slides, exports).
echarts.use([...CHART_MODULES, CanvasRenderer, SVGRenderer]);

export type EChart = echarts.ECharts;
export type EChartOption = echarts.EChartsCoreOption;

/** ECharts' `init` with the registration above: every chart of the page is made with it. */
export const initChart: typeof echarts.init = echarts.init;

/** Canvas in browsers; SVG where there is no canvas (jsdom in component tests). */
function renderer(): 'canvas' | 'svg' {
  return typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent) ? 'svg' : 'canvas';
}

/**
 * An ECharts instance on `element`: on a canvas unless `vector` (slides: SVG stays sharp at any scale
 * of the slide, and its text can be measured).
 */
export function createChart(element: HTMLElement, language: string, vector = false): EChart {
  return initChart(element, null, {
    renderer: vector ? 'svg' : renderer(),
    locale: chartLocale(language),
  });
}

/** Chart colours from the theme's CSS custom properties, so charts follow light and dark. */
export interface ChartColors {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly surface: string;
  readonly series: readonly string[];
  readonly baseline: string;
  readonly band: string;
}

export function readChartColors(element: Element = document.documentElement): ChartColors {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: value('--text', '#1b1f24'),
    muted: value('--text-muted', '#5b6470'),
    grid: value('--chart-grid', '#e3e7ec'),
    axis: value('--chart-axis', '#8a939e'),
    surface: value('--surface', '#ffffff'),
    series: [
      value('--chart-1', '#1f5fbf'),
      value('--chart-2', '#c2410c'),
      value('--chart-3', '#7e22ce'),
      value('--chart-4', '#0f766e'),
    ],
    baseline: value('--chart-baseline', '#6b7280'),
    band: value('--chart-band', 'rgba(31, 95, 191, 0.16)'),
  };
}
