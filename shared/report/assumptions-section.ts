import { assumptionChanges } from '../compare/lever-diff';
import type { Scenario } from '../domain/scenario';
import { CHANGE_TEMPLATES_EN, CHANGE_TEMPLATES_ZH_CN } from '../history/change-templates';
import type { AssumptionChange, ChangeLanguage } from '../history/describe-changes';
import { describeChangeParts } from '../history/describe-changes';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';

/** The change phrases in the report's language: the same as the interface's history and `chokepoint diff`. */
function changeLanguage(ctx: ReportContext): ChangeLanguage {
  const { text } = ctx;
  return {
    locale: text.language,
    templates: text.language === 'zh-CN' ? CHANGE_TEMPLATES_ZH_CN : CHANGE_TEMPLATES_EN,
    inputName: (input) => text.t(`group.${input}`),
    sectorName: text.sectorName,
  };
}

function changeRow(ctx: ReportContext, change: AssumptionChange, language: ChangeLanguage): SafeHtml {
  const { m } = ctx;
  const parts = describeChangeParts(change, language);
  const subject =
    change.kind === 'schedule'
      ? parts.subject
      : m(change.kind === 'data' ? 'dataKey' : 'parameterKey', { key: parts.subject });
  const place = parts.place === '' ? m('allSectors') : parts.place;
  return html`<tr><td>${place}</td><td>${subject}</td><td>${parts.change}</td></tr>`;
}

/** One row per lever and change: schedules as shapes, sectors in the locale's list, values with units. */
function changeTable(ctx: ReportContext, changes: readonly AssumptionChange[], against: string): SafeHtml {
  const { m } = ctx;
  if (changes.length === 0) return html`<p>${m('noDifferences')}</p>`;
  const language = changeLanguage(ctx);
  return html`<table>
<thead><tr><th>${m('sector')}</th><th>${m('input')}</th><th>${m('change', { from: against })}</th></tr></thead>
<tbody>${changes.map((change) => changeRow(ctx, change, language))}</tbody>
</table>`;
}

/** A scenario with nothing set: what "the base-year defaults" are for a single-scenario report. */
function defaultsOf(scenario: Scenario): Scenario {
  return { ...scenario, sectors: {}, parameters: undefined };
}

/**
 * The assumptions that differ: each other scenario against the reference (the lever diff and the data
 * and parameter overrides); a single scenario against the catalogue's base-year defaults.
 */
export function assumptionsSection(ctx: ReportContext): SafeHtml {
  const { input, m } = ctx;
  if (input.scenarios.length === 1) {
    const scenario = input.scenarios[0]!;
    const changes = assumptionChanges(defaultsOf(scenario), scenario, input.catalogue);
    return html`<section class="page" id="assumptions">
<div class="keep">
<h2>${m('assumptionsSingle')}</h2>
<p>${m('assumptionsSingleIntro')}</p>
${changeTable(ctx, changes, m('defaults'))}
</div>
</section>
`;
  }
  const reference = input.model.scenarios.find((scenario) => scenario.reference)!;
  const block = (diff: (typeof input.model.diffs)[number]) =>
    html`<h3>${m('versus', { name: diff.label, reference: reference.label })}</h3>
${changeTable(ctx, diff.changes, reference.label)}`;
  const [first, ...rest] = input.model.diffs;
  return html`<section class="page" id="assumptions">
<div class="keep">
<h2>${m('assumptions')}</h2>
<p>${m('assumptionsIntro', { reference: reference.label })}</p>
${first ? block(first) : ''}
</div>
${rest.map((diff) => html`<div class="keep">${block(diff)}</div>`)}
</section>
`;
}
