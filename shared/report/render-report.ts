import type { ChartTheme } from '../charts/chart-theme';
import { STANDARD_THEME } from '../charts/chart-theme';
import { assumptionsSection } from './assumptions-section';
import { attributionSection } from './attribution-section';
import { reportContentSecurityPolicy } from './content-security-policy';
import { costsSection } from './costs-section';
import { html, trusted } from './html';
import type { RenderChart, ReportInput } from './report-context';
import { reportContext } from './report-context';
import { reportStyle } from './report-style';
import { comparisonProvenance, sourceLine } from '../charts/provenance';
import { reproducibilitySection } from './reproducibility-section';
import { targetsSection } from './targets-section';
import { titleSection } from './title-section';
import { trajectoriesSection } from './trajectories-section';

/**
 * The comparison as one self-contained HTML page: title page, assumptions that differ, the charts
 * (inline SVG from `renderChart`), targets, costs, attribution and what is needed to reproduce it.
 * No scripts, no external resources, a content security policy that allows only its own stylesheet;
 * every piece of user text is escaped. Pure: the runs and the chart renderer come in as arguments.
 */
export function renderReport(
  input: ReportInput,
  renderChart: RenderChart,
  theme: ChartTheme = STANDARD_THEME,
): string {
  const ctx = reportContext(input, theme, renderChart);
  const { provenance } = input;
  const source = sourceLine(
    comparisonProvenance(input.model.trajectories, {
      appVersion: provenance.appVersion,
      modelVersion: provenance.modelVersion,
      date: provenance.generatedAt.slice(0, 10),
    }),
    ctx.text,
  );
  const style = reportStyle(source);
  const title =
    input.scenarios.length === 1
      ? `${input.scenarios[0]!.name} — ${ctx.m('titleSingle')}`
      : `${ctx.m('title')}: ${input.model.scenarios.map((s) => s.label).join(' · ')}`;
  return html`<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy(style)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(style)}</style>
</head>
<body>
${titleSection(ctx)}
${assumptionsSection(ctx)}
${trajectoriesSection(ctx)}
${targetsSection(ctx)}
${costsSection(ctx)}
${attributionSection(ctx)}
${reproducibilitySection({ ...ctx, source })}
</body>
</html>
`.markup;
}
