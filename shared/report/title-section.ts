import { displayName, shownScenario } from '../catalogue/preset-display';
import { productName } from '../text/app-name';
import { textSide } from '../text/text-side';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';

/** The title page: what is compared, by whom, and when the report was made. */
export function titleSection(ctx: ReportContext): SafeHtml {
  const { input, m } = ctx;
  const single = input.scenarios.length === 1;
  const side = textSide(input.language);
  const items = input.model.scenarios.map((compared) => {
    const scenario = shownScenario(
      input.scenarios.find((entry) => entry.id === compared.id)!,
      side,
    );
    return html`<li class="color-${compared.colorIndex}">
<div class="scenario-name">${compared.label}${compared.reference && !single ? html`<span class="badge">${m('reference')}</span>` : ''}</div>
<div>${m('author')}: ${scenario.author || m('noAuthor')} · ${m('updated')}: ${scenario.updatedAt.slice(0, 10)}</div>
${scenario.description ? html`<div class="description">${scenario.description}</div>` : ''}
</li>`;
  });
  return html`<header>
<h1>${single ? displayName(input.scenarios[0]!, side) : m('title')}</h1>
<p class="subtitle">${single ? m('titleSingle') : input.model.scenarios.map((s) => s.label).join(' · ')} — ${productName(input.language)}</p>
<p class="muted">${m('generated', { name: productName(input.language), date: input.provenance.generatedAt.slice(0, 10), version: input.provenance.appVersion, model: input.provenance.modelVersion })}</p>
<h2>${m('scenarios')}</h2>
<ul class="scenario-list">${items}</ul>
</header>
`;
}
