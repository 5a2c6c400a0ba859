import { costsOption, costsTitle } from '../charts/costs-option';
import { COST_KINDS } from '../compare/cost-comparison';
import { figure } from './figure';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';
import { caption } from './report-context';

/** Cumulative costs at the horizon per scenario and kind, undiscounted and discounted; then the charts. */
export function costsSection(ctx: ReportContext): SafeHtml {
  const { input, m, text, theme } = ctx;
  const costs = input.model.costs;
  const last = costs.years.length - 1;
  const money = (value: number, kind: string, measure: string) =>
    html`<td class="number" data-cost="${kind}" data-measure="${measure}" data-value="${value}">${text.format.money(value)}</td>`;
  const chart = (measure: 'yearly' | 'cumulative') =>
    figure(
      ctx,
      caption(costsTitle(measure, costs.discountRate, text)),
      costsOption(costs, { measure }, theme, text),
      { width: 960, height: 320 },
    );
  return html`<section class="page" id="costs">
<div class="keep">
<h2>${m('costs')}</h2>
<p>${m('costsIntro', { base: costs.years[0]!, horizon: costs.years[last]!, rate: text.format.rate(costs.discountRate) })}</p>
<table id="costs-table">
<thead>
<tr><th rowspan="2">${m('scenarios')}</th>${COST_KINDS.map((kind) => html`<th colspan="2" class="number">${text.t(`cost.${kind}`)}</th>`)}</tr>
<tr>${COST_KINDS.map(() => html`<th class="number">${m('cumulative')}</th><th class="number">${m('discounted')}</th>`)}</tr>
</thead>
<tbody>
${costs.scenarios.map(
  (
    scenario,
  ) => html`<tr data-scenario="${scenario.id}"><th>${scenario.label}</th>${COST_KINDS.map((kind) => [money(scenario.costs[kind].cumulative[last]!, kind, 'cumulative'), money(scenario.costs[kind].discounted[last]!, kind, 'discounted')])}</tr>
`,
)}
</tbody>
</table>
</div>
${chart('yearly')}
${chart('cumulative')}
</section>
`;
}
