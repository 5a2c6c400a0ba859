import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartLanguage } from '../../shared/charts';
import { CHART_MODULES } from '../../shared/charts/echarts-modules';
import type { ChartSize } from '../../shared/charts/svg-string';
import { chartSvgString } from '../../shared/charts/svg-string';
import { measureTextForLayout } from '../../shared/charts/text-width';

// The CLI's registration (a Node bundle cannot reach the page's): what the shared builders draw, as SVG.
echarts.use([...CHART_MODULES, SVGRenderer]);
// No canvas here to measure text: ECharts is given the same estimate the charts are laid out with.
echarts.setPlatformAPI({ measureText: measureTextForLayout });

/** One chart rendered in Node to an SVG string (ECharts SSR: no DOM, no canvas). */
export function renderChartSvg(option: EChartsOption, size: ChartSize, language: ChartLanguage): string {
  return chartSvgString(echarts.init, option, size, language);
}
