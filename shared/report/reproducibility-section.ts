import { displayName } from '../catalogue/preset-display';
import { textSide } from '../text/text-side';
import { scenarioContentHash } from '../file-format/content-hash';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';

/**
 * The appendix: where the numbers come from (the source line, model and app version, catalogue, seed,
 * draws, step and rate, the files) and each scenario's content hash, in one block that is never split,
 * so the hashes never stand on a page of their own.
 */
export function reproducibilitySection(ctx: ReportContext & { readonly source: string }): SafeHtml {
  const { input, m, text } = ctx;
  const { provenance } = input;
  const { draws } = input.model.trajectories;
  const row = (term: string, definition: unknown) => html`<dt>${term}</dt><dd>${definition}</dd>`;
  return html`<section class="page appendix" id="reproducibility">
<h2>${m('reproducibility')}</h2>
<p>${m('reproducibilityIntro')}</p>
<dl>
${row(m('source'), ctx.source)}
${row(m('modelVersion'), html`<span id="model-version">${provenance.modelVersion}</span>`)}
${row(m('appVersion'), provenance.appVersion)}
${row(m('catalogue'), text.language === 'zh-CN' ? `${input.catalogue.id}（${input.catalogue.name.zh}）` : `${input.catalogue.id} (${input.catalogue.name.en})`)}
${row(m('seed'), html`<span id="seed" data-value="${provenance.seed}">${m('seedNote', { seed: provenance.seed })}</span>`)}
${row(m('draws'), html`<span id="draws" data-value="${draws ?? ''}">${draws ?? m('noDraws')}</span>`)}
${row(m('step'), provenance.dt === null ? '' : `dt = 1/${Math.round(1 / provenance.dt)}`)}
${row(m('discountRate'), text.format.rate(input.model.costs.discountRate))}
${row(
  m('files'),
  provenance.files.map((file, i) => html`${i ? ', ' : ''}<code>${file}</code>`),
)}
${row(
  m('scenarioHash'),
  input.scenarios.map(
    (scenario) =>
      html`<div>${displayName(scenario, textSide(input.language))}: <code>${scenarioContentHash([scenario])}</code></div>`,
  ),
)}
</dl>
</section>
`;
}
