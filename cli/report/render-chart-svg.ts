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
import { SVGRenderer } from 'echarts/renderers';
import type { ChartLanguage } from '../../shared/charts';
import type { ChartSize } from '../../shared/charts/svg-string';
import { chartSvgString } from '../../shared/charts/svg-string';
import { measureTextForLayout } from '../../shared/charts/text-width';

// The CLI's own ECharts (a Node bundle: the page's registration, with its canvas renderer, is not
// reachable from here): what the shared builders the report and the backtest draw use, and SVG output.
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

/** One chart rendered in Node to an SVG string (ECharts SSR: no DOM, no canvas). */
export function renderChartSvg(option: EChartsOption, size: ChartSize, language: ChartLanguage): string {
  return chartSvgString(echarts.init, option, size, language);
}
