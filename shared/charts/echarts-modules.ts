import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';

/**
 * The one list of the ECharts series and components the chart builders of shared/charts use (line,
 * band, dot and bar charts, markers, ARIA descriptions), written beside them so that a builder using a
 * new one adds it here. Each edge registers them with its own renderers: the page (canvas and SVG) and
 * the CLI (SVG). The only file of shared/ that imports ECharts at run time (eslint.config.mjs): these
 * modules hold no DOM code and draw nothing.
 */
export const CHART_MODULES = [
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  GraphicComponent,
  MarkLineComponent,
  TitleComponent,
];
