import * as echarts from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, AriaComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, TooltipComponent, SVGRenderer]);
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 300, height: 200, locale: 'ZH' });
chart.setOption({ xAxis: { type: 'category', data: ['a', 'b'] }, yAxis: {}, series: [{ type: 'bar', data: [1, -2] }] });
console.log(chart.renderToSVGString().length);
