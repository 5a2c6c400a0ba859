import type { EChartsOption } from 'echarts';
import type { ChartSize } from '../../../shared/charts/svg-string';
import { chartLocale, chartSvgString } from '../../../shared/charts/svg-string';
import { initChart } from './echarts';

/** A chart option as an SVG string, drawn without a DOM: SVG exports, the print layout, the HTML report. */
export function renderChartSvg(option: EChartsOption, size: ChartSize, language: string): string {
  return chartSvgString(initChart, option, size, language);
}

/**
 * A chart option drawn off screen on a canvas at twice its size, as PNG bytes in base64: exports are
 * drawn from their own (titled) option, never copied from the chart on the page.
 */
export function renderChartPng(option: EChartsOption, size: ChartSize, language: string): string {
  const chart = initChart(document.createElement('div'), null, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    locale: chartLocale(language),
  });
  try {
    chart.setOption(option);
    const background = typeof option.backgroundColor === 'string' ? option.backgroundColor : '#ffffff';
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    return url.slice(url.indexOf(',') + 1);
  } finally {
    chart.dispose();
  }
}

/** The description the chart builders wrote for screen readers. */
export function chartDescription(option: EChartsOption): string {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return aria?.label?.description ?? '';
}
