import type { EChartsOption } from 'echarts';
import type { SafeHtml } from './html';
import { html, trusted } from './html';
import type { ChartSize, ReportContext } from './report-context';
import { svgForHtml } from './svg-for-html';

/** A chart as a figure: caption, the server-rendered SVG, and its text description for readers without the picture. */
export function figure(ctx: ReportContext, title: string, option: EChartsOption, size: ChartSize): SafeHtml {
  const description =
    (option.aria as { label?: { description?: string } } | undefined)?.label?.description ?? '';
  const svg = svgForHtml(ctx.renderChart(option, size), ctx.nextFigureId(), description);
  return html`<figure>
<figcaption>${title}</figcaption>
${trusted(svg)}
<details><summary>${ctx.m('chartDescription')}</summary><p>${description}</p></details>
</figure>
`;
}
