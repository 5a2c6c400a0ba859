import type { EChartsOption } from 'echarts';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { xmlSafeText } from '../../../../shared/text/xml-text';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { chartLocale } from '../../components/echarts';

// The shared builders also draw bars (the waterfall); registering twice is harmless.
echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
  CanvasRenderer,
]);

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * A chart option rendered to an SVG string without a DOM (ECharts' server-side mode works in the
 * page too): for SVG exports, the print layout and the HTML report.
 */
export function renderChartSvg(option: EChartsOption, size: ChartSize, language: string): string {
  const chart = echarts.init(null, null, {
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

/**
 * A chart option drawn off screen on a canvas at twice its size, as a PNG data URL: exports are drawn
 * from their own (titled) option, never copied from the chart on the page.
 */
export function renderChartPng(option: EChartsOption, size: ChartSize, language: string): string {
  const chart = echarts.init(document.createElement('div'), null, {
    renderer: 'canvas',
    width: size.width,
    height: size.height,
    locale: chartLocale(language),
  });
  try {
    chart.setOption(option);
    const background = typeof option.backgroundColor === 'string' ? option.backgroundColor : '#ffffff';
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
  } finally {
    chart.dispose();
  }
}

/** The description the chart builders wrote for screen readers. */
export function chartDescription(option: EChartsOption): string {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return aria?.label?.description ?? '';
}
