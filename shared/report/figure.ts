import type { EChartsOption } from 'echarts';
import { fitLegend } from '../charts/legend-layout';
import type { SafeHtml } from './html';
import { html, trusted } from './html';
import type { ChartSize, ReportContext } from './report-context';
import { svgForHtml } from './svg-for-html';

/** A chart as a figure: caption, the server-rendered SVG, and its text description for readers without the picture. */
export function figure(ctx: ReportContext, title: string, option: EChartsOption, size: ChartSize): SafeHtml {
  const description =
    (option.aria as { label?: { description?: string } } | undefined)?.label?.description ?? '';
  // The legend measured at the figure's width and laid out above the plots, which keep their height.
  const fitted = fitLegend(option, size.width, ctx.theme, ctx.text);
  const svg = svgForHtml(
    ctx.renderChart(fitted.option, { width: size.width, height: size.height + fitted.extraHeight }),
    ctx.nextFigureId(),
    description,
  );
  return html`<figure>
<figcaption>${title}</figcaption>
${trusted(svg)}
<details><summary>${ctx.m('chartDescription')}</summary><p>${description}</p></details>
</figure>
`;
}
