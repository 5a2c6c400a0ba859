import type { ChartLanguage } from '../../../../shared/charts';
import type { CompareError, CompareOutput, Waterfall } from '../../../../shared/compare';
import { attributionWaterfall } from '../../../../shared/compare';
import type { Scenario } from '../../../../shared/domain/scenario';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import { renderReport } from '../../../../shared/report';
import type { Result } from '../../../../shared/result';
import { err, ok } from '../../../../shared/result';
import { renderChartSvg } from '../../components/render-chart';
import type { ReadyComparison } from './comparison-state';
import type { CompareEngine } from './use-compare-engine';

export interface ReportRequest {
  readonly ready: ReadyComparison;
  /** The compared scenarios as the library has them (their content hashes go in the report). */
  readonly docs: Readonly<Record<string, Scenario>>;
  readonly engine: CompareEngine;
  readonly language: ChartLanguage;
  readonly appVersion: string;
  /** Where the scenarios come from, for the reproducibility section. */
  readonly source: string;
  /** Whether the charts draw the observed record before the base year (they do unless false). */
  readonly observed?: boolean;
}

/** Why the scenario `otherId` differs from the reference in `output` in `year`, from the worker's attribution. */
export async function explainedWaterfall(
  { ready, docs, engine }: Pick<ReportRequest, 'ready' | 'docs' | 'engine'>,
  otherId: string,
  output: CompareOutput,
  year: number,
): Promise<Result<Waterfall, CompareError>> {
  const { model } = ready;
  const reference = model.scenarios.find((scenario) => scenario.reference)!;
  const other = model.scenarios.find((scenario) => scenario.id === otherId)!;
  const attribution = await engine.attribution(docs[reference.id]!, docs[other.id]!);
  if (!attribution.ok) return attribution;
  return attributionWaterfall(attribution.value, {
    output,
    year,
    reference: { id: reference.id, label: reference.label },
    other: { id: other.id, label: other.label },
  });
}

/** Why each scenario differs from the reference in aggregate self-reliance at the horizon (the report's attribution). */
export async function referenceWaterfalls(
  request: Pick<ReportRequest, 'ready' | 'docs' | 'engine'>,
): Promise<Result<Waterfall[], CompareError>> {
  const { model } = request.ready;
  const out: Waterfall[] = [];
  for (const other of model.scenarios.filter((scenario) => !scenario.reference)) {
    const waterfall = await explainedWaterfall(request, other.id, { kind: 'aggregateS' }, model.horizonYear);
    if (!waterfall.ok) return waterfall;
    out.push(waterfall.value);
  }
  return ok(out);
}

/**
 * The comparison's self-contained HTML report, built in the page with the same shared builder as
 * `chokepoint report` (charts rendered to SVG by ECharts without a DOM). The attributions come from
 * the worker; the rest is already computed.
 */
export async function comparisonReportHtml(request: ReportRequest): Promise<Result<string, CompareError>> {
  const { ready, docs, language } = request;
  const waterfalls = await referenceWaterfalls(request);
  if (!waterfalls.ok) return waterfalls;
  const scenarios = ready.model.scenarios.map((scenario) => docs[scenario.id]);
  if (scenarios.some((scenario) => scenario === undefined))
    return err({ kind: 'unknown-reference', referenceId: ready.model.referenceId });
  const dts = ready.outcomes.flatMap((outcome) => (outcome.run.dt === undefined ? [] : [outcome.run.dt]));
  const html = renderReport(
    {
      language,
      catalogue: ready.catalogue,
      scenarios: scenarios as Scenario[],
      model: ready.model,
      waterfalls: waterfalls.value,
      ...(request.observed === undefined ? {} : { observed: request.observed }),
      provenance: {
        appVersion: request.appVersion,
        modelVersion: MODEL_VERSION,
        generatedAt: new Date().toISOString(),
        files: [request.source],
        seed: ready.seed,
        dt: dts.length ? Math.max(...dts) : null,
      },
    },
    (option, size) => renderChartSvg(option, size, language),
  );
  return ok(html);
}

/** The body of a report page, for the print layout of the compare view. */
export function reportBody(html: string): string {
  const start = html.indexOf('<body>');
  const end = html.lastIndexOf('</body>');
  return start < 0 || end < 0 ? '' : html.slice(start + '<body>'.length, end);
}
