import type { Scenario } from '../domain/scenario';
import type { GroupedDifference } from '../compare/lever-diff';
import { groupDifferences } from '../compare/lever-diff';
import type { ScenarioDifference } from '../domain/scenario-diff';
import { diffScenarios } from '../domain/scenario-diff';
import type { SafeHtml } from './html';
import { html } from './html';
import type { ReportContext } from './report-context';

function differenceRow(
  ctx: ReportContext,
  difference: GroupedDifference,
  numbers: Intl.NumberFormat,
): SafeHtml {
  const { m, text } = ctx;
  const value = (v: number | undefined) => (v === undefined ? m('defaultValue') : numbers.format(v));
  if (difference.kind === 'input') {
    const years =
      difference.fromYear === difference.toYear
        ? `${difference.fromYear}`
        : `${difference.fromYear}–${difference.toYear}`;
    const sectors = difference.allSectors
      ? m('allSectors')
      : difference.sectors.map(text.sectorName).join(text.language === 'zh-CN' ? '、' : ', ');
    return html`<tr><td>${sectors}</td><td>${text.t(`group.${difference.input}`)}</td><td>${years}</td><td class="number">${value(difference.a)}</td><td class="number">${value(difference.b)}</td></tr>`;
  }
  const key = m(difference.kind === 'data' ? 'dataKey' : 'parameterKey', { key: difference.key });
  const sector = difference.sector === undefined ? m('allSectors') : text.sectorName(difference.sector);
  return html`<tr><td>${sector}</td><td>${key}</td><td></td><td class="number">${value(difference.a)}</td><td class="number">${value(difference.b)}</td></tr>`;
}

function differenceTable(
  ctx: ReportContext,
  differences: readonly ScenarioDifference[],
  fromHeading: string,
): SafeHtml {
  const { m } = ctx;
  if (differences.length === 0) return html`<p>${m('noDifferences')}</p>`;
  const numbers = new Intl.NumberFormat(ctx.input.language, { maximumFractionDigits: 4 });
  return html`<table>
<thead><tr><th>${m('sector')}</th><th>${m('input')}</th><th>${m('years')}</th><th class="number">${fromHeading}</th><th class="number">${m('to')}</th></tr></thead>
<tbody>${groupDifferences(
    differences,
    ctx.input.catalogue.sectors.map((sector) => sector.id),
  ).map((difference) => differenceRow(ctx, difference, numbers))}</tbody>
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
    const differences = diffScenarios(defaultsOf(scenario), scenario, input.catalogue);
    return html`<section class="page" id="assumptions">
<h2>${m('assumptionsSingle')}</h2>
<p>${m('assumptionsSingleIntro')}</p>
${differenceTable(ctx, differences, m('defaults'))}
</section>
`;
  }
  const reference = input.model.scenarios.find((scenario) => scenario.reference)!;
  return html`<section class="page" id="assumptions">
<h2>${m('assumptions')}</h2>
<p>${m('assumptionsIntro', { reference: reference.label })}</p>
${input.model.diffs.map(
  (diff) => html`<h3>${m('versus', { name: diff.label, reference: reference.label })}</h3>
${differenceTable(ctx, diff.differences, m('from'))}`,
)}
</section>
`;
}
