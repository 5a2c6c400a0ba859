import { shownScenario } from '../../shared/catalogue';
import { textSide } from '../../shared/text/text-side';
import type { ChartLanguage } from '../../shared/charts';
import { chartText } from '../../shared/charts/chart-text';
import { comparisonProvenance } from '../../shared/charts/provenance';
import {
  buildComparison,
  checkComparable,
  comparisonSeed,
  describeCompareError,
  runComparison,
} from '../../shared/compare';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { renderReport } from '../../shared/report';
import { DEFAULT_DISCOUNT_RATE } from '../../shared/results/run-json';
import { APP_VERSION } from '../app-version';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, parseRate, parseWholeNumber, UsageError } from '../parse-options';
import { readAllScenarios, scenariosToReport } from '../report/report-scenarios';
import { referenceWaterfalls } from '../report/reference-waterfalls';
import { renderChartSvg } from '../report/render-chart-svg';
import { writeDeck } from '../report/write-deck';
import { writeWorkbook } from '../report/write-workbook';
import { comparisonToCsv } from '../../shared/results/compare-csv';
import { slidePlan } from '../../shared/deck/slide-plan';
import { outputFormat, REPORT_FORMATS } from '../output-format';
import { checkOutput, STDOUT, writeOutput } from '../write-output';

const LANGUAGES: readonly ChartLanguage[] = ['en', 'zh-CN'];
const WHAT: Record<keyof typeof REPORT_FORMATS, string> = {
  html: 'HTML',
  pptx: 'PowerPoint',
  xlsx: 'Excel workbook',
  csv: 'CSV',
};

/**
 * `chokepoint report FILE... --out report.html [--scenario NAME|ID]... [--reference NAME|ID] [--mc N]
 * [--lang en|zh-CN] [--discount-rate R] [--format html|pptx|xlsx|csv]`: 1–4 scenarios in one
 * self-contained HTML report, a PowerPoint deck with the slides of presentation mode and native charts
 * (`pptx`), an Excel workbook with a sheet per measure (`xlsx`), or the trajectories and costs as CSV
 * with names and units in the chosen language (`csv`).
 */
export const reportCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    scenario: { type: 'string', multiple: true },
    reference: { type: 'string' },
    mc: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    'discount-rate': { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('report takes one or more FILEs');
  const format = outputFormat('report', values.out, values.format, REPORT_FORMATS, 'html');
  if (values.out === undefined || values.out === STDOUT)
    throw new UsageError(`report needs --out PATH (the ${WHAT[format]} file to write)`);
  const language = LANGUAGES.find((entry) => entry === values.lang);
  if (!language) throw new UsageError(`--lang must be en or zh-CN, got "${values.lang}"`);
  const draws = parseWholeNumber('mc', values.mc, 1, 100_000);
  const discountRate = parseRate(values['discount-rate']) ?? DEFAULT_DISCOUNT_RATE;

  const all = await readAllScenarios(positionals, io);
  const scenarios = all && scenariosToReport(all, values.scenario, values.reference, io);
  if (!scenarios) return EXIT_INVALID;
  // Refused before the work, once the inputs are known: a wrong --out costs nothing.
  checkOutput(values.out, io);
  const referenceId = scenarios[0]!.id;
  const failed = (message: string) => {
    io.stderr(`${message}\n`);
    return EXIT_INVALID;
  };
  const comparable = checkComparable(scenarios, referenceId, { min: 1 });
  if (!comparable.ok) {
    const hint = comparable.error.kind === 'scenario-count' ? ' Choose up to 4 with --scenario NAME|ID.' : '';
    return failed(`${positionals.join(', ')}: ${describeCompareError(comparable.error)}${hint}`);
  }
  const { catalogue } = comparable.value;
  // Run under the names the report's language shows them by (the built-in examples', as in the app;
  // names change no number); the appendix hashes the scenarios as the files hold them.
  const named = scenarios.map((scenario) => shownScenario(scenario, textSide(language)));
  const outcomes = runComparison(named, catalogue, { referenceId, draws });
  if (!outcomes.ok) return failed(describeCompareError(outcomes.error));
  const model = buildComparison(outcomes.value, catalogue, { referenceId, discountRate });
  const text = chartText(language, { catalogue });
  if (format === 'csv') {
    await writeOutput(comparisonToCsv(model.trajectories, model.costs, text), values.out, io);
    return EXIT_OK;
  }
  const waterfalls = referenceWaterfalls(scenarios, model, catalogue);
  if (!waterfalls.ok) return failed(describeCompareError(waterfalls.error));

  const dts = outcomes.value.flatMap((outcome) => (outcome.run.dt === undefined ? [] : [outcome.run.dt]));
  const generatedAt = new Date().toISOString();
  const shown = comparisonProvenance(model.trajectories, {
    appVersion: APP_VERSION,
    modelVersion: MODEL_VERSION,
    date: generatedAt.slice(0, 10),
  });
  if (format === 'pptx') {
    await writeDeck(
      {
        language,
        catalogue,
        model,
        title: '',
        waterfall: waterfalls.value[0] ?? null,
        provenance: shown,
        slides: slidePlan(model.trajectories.sectorIds),
      },
      values.out,
      io,
    );
    return EXIT_OK;
  }
  if (format === 'xlsx') {
    await writeWorkbook(
      { language, catalogue, model, waterfalls: waterfalls.value, provenance: shown },
      values.out,
      io,
    );
    return EXIT_OK;
  }
  const provenance = {
    appVersion: APP_VERSION,
    modelVersion: MODEL_VERSION,
    generatedAt,
    files: positionals,
    seed: comparisonSeed(scenarios, referenceId),
    dt: dts.length ? Math.max(...dts) : null,
  };
  const html = renderReport(
    { language, catalogue, scenarios, model, waterfalls: waterfalls.value, provenance },
    (option, size) => renderChartSvg(option, size, language),
  );
  await writeOutput(html, values.out, io);
  return EXIT_OK;
};
