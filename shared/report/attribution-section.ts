import { outputFormats, outputLabel } from '../charts/output-label';
import { waterfallOption } from '../charts/waterfall-option';
import type { Waterfall } from '../compare/waterfall';
import { displayedWaterfall } from '../compare/waterfall';
import { figure } from './figure';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';
import { caption } from './report-context';

function waterfallBlock(ctx: ReportContext, waterfall: Waterfall, intro: SafeHtml | null): SafeHtml {
  const { m, text, theme } = ctx;
  const formats = outputFormats(waterfall.output, text);
  const shown = displayedWaterfall(waterfall, formats.decimals);
  const title = text.t('title.waterfall', {
    other: waterfall.other.label,
    reference: waterfall.reference.label,
    output: outputLabel(waterfall.output, text),
    year: waterfall.year,
  });
  return html`<div class="keep">
${intro ?? ''}
<h3>${m('versus', { name: waterfall.other.label, reference: waterfall.reference.label })}</h3>
${figure(ctx, caption(title), waterfallOption(waterfall, { width: 960 }, theme, text), { width: 960, height: 380 })}
</div>
<table class="attribution-table" data-scenario="${waterfall.other.id}">
<thead><tr><th>${m('group')}</th><th class="number">${m('contribution')}</th></tr></thead>
<tbody>
<tr><th>${waterfall.reference.label}</th><td class="number" data-value="${waterfall.reference.value}">${formats.value(shown.reference)}</td></tr>
${waterfall.bars.map(
  (
    bar,
    i,
  ) => html`<tr data-group="${bar.group}"><th>${text.t(`group.${bar.group}`)}</th><td class="number" data-value="${bar.value}">${formats.difference(shown.bars[i]!)}</td></tr>
`,
)}<tr><th>${waterfall.other.label}</th><td class="number" data-value="${waterfall.other.value}">${formats.value(shown.other)}</td></tr>
</tbody>
<tfoot><tr><th>${m('total')}</th><td class="number" data-value="${waterfall.difference}">${formats.difference(shown.difference)}</td></tr></tfoot>
</table>`;
}

/** Why each scenario differs from the reference in aggregate self-reliance at the horizon: waterfall and table. */
export function attributionSection(ctx: ReportContext): SafeHtml {
  const { input, m } = ctx;
  const year = input.waterfalls[0]?.year ?? input.model.horizonYear;
  // The heading and its introduction stay with the first waterfall (a block of its own).
  const intro = html`<h2>${m('attribution')}</h2>
<p>${input.waterfalls.length ? m('attributionIntro', { year }) : m('attributionSingle')}</p>`;
  return html`<section class="page" id="attribution">
${input.waterfalls.length ? input.waterfalls.map((waterfall, i) => waterfallBlock(ctx, waterfall, i === 0 ? intro : null)) : html`<div class="keep">${intro}</div>`}
</section>
`;
}
