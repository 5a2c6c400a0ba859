import type { TargetCell } from '../compare/targets-table';
import { showsProbability } from '../compare/targets-table';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';

function cell(ctx: ReportContext, value: TargetCell): SafeHtml {
  // The probability on a line of its own under the year: every cell two short lines, not a ragged wrap.
  const probability = showsProbability(value)
    ? html`<span class="probability">(${ctx.text.format.percent(value.probability!)})</span>`
    : '';
  const title = value.year === null ? ctx.m('notBy', { horizon: ctx.input.model.horizonYear }) : '';
  return html`<td class="number" data-year="${value.year ?? ''}" data-probability="${value.probability ?? ''}"${title ? html` title="${title}"` : ''}>${value.year ?? '—'}${probability}</td>`;
}

/** Per sector and scenario, the first year self-reliance reaches each target, with its probability from the bands. */
export function targetsSection(ctx: ReportContext): SafeHtml {
  const { input, m, text } = ctx;
  const table = input.model.targets;
  const draws = input.model.trajectories.draws;
  const targetLabel = (target: number) => m('target', { target: text.format.percent(target) });
  return html`<section class="page" id="targets">
<div class="keep">
<h2>${m('targets')}</h2>
<p>${m('targetsIntro', { horizon: table.horizonYear })}${draws ? html` ${m('targetsProbability', { draws, horizon: table.horizonYear })}` : ''}</p>
<table id="targets-table">
<thead>
<tr><th rowspan="2">${m('sector')}</th>${table.scenarios.map((scenario) => html`<th colspan="${table.targets.length}" class="number">${scenario.label}</th>`)}</tr>
<tr>${table.scenarios.map(() => table.targets.map((target) => html`<th class="number">${targetLabel(target)}</th>`))}</tr>
</thead>
<tbody>
${table.rows.map(
  (
    row,
  ) => html`<tr data-sector="${row.sector}"><th>${text.sectorName(row.sector)}</th>${row.cells.map((cells) => cells.map((value) => cell(ctx, value)))}</tr>
`,
)}
</tbody>
</table>
</div>
</section>
`;
}
