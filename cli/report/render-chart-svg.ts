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
import { xmlSafeText } from '../../shared/text/xml-text';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartLanguage } from '../../shared/charts';
import { measureTextForLayout } from '../../shared/charts/text-width';

// Only what the shared chart builders use: line and bar series, their components, and SVG output.
echarts.use([
  LineChart,
  BarChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);
// No canvas here to measure text: ECharts is given the same estimate the charts are laid out with.
echarts.setPlatformAPI({ measureText: measureTextForLayout });

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/**
 * One chart rendered on the server to an SVG string (ECharts SSR: no DOM, no canvas). The chart is
 * disposed afterwards: a live instance would keep the process running.
 */
export function renderChartSvg(option: EChartsOption, size: ChartSize, language: ChartLanguage): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
    locale: language === 'zh-CN' ? 'ZH' : 'EN',
  });
  try {
    chart.setOption(option);
    // A control character in a scenario name would make the SVG ill-formed XML: no viewer opens it.
    return xmlSafeText(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
