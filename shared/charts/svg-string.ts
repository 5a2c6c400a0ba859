import type { EChartsOption } from 'echarts';
import type { init } from 'echarts/core';
import { xmlSafeText } from '../text/xml-text';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** ECharts' built-in locales: Chinese for zh-CN (any Chinese), English otherwise. */
export function chartLocale(language: string): 'ZH' | 'EN' {
  return language.startsWith('zh') ? 'ZH' : 'EN';
}

/**
 * One chart option drawn to an SVG string with no DOM (ECharts' server-side mode, which works in the
 * page too), by the ECharts its edge registered (`init`: the page's and the CLI's, each with its own
 * renderer set-up). The chart is disposed afterwards: a live instance would keep a Node process running.
 */
export function chartSvgString(
  initChart: typeof init,
  option: EChartsOption,
  size: ChartSize,
  language: string,
): string {
  const chart = initChart(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
    locale: chartLocale(language),
  });
  try {
    chart.setOption(option);
    // A control character in a scenario name would make the SVG ill-formed XML: no viewer opens it.
    return xmlSafeText(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
