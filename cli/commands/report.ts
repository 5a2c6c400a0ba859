import type { ChartLanguage } from '../../shared/charts';
import type { ComparisonModel, Waterfall } from '../../shared/compare';
import { attributionWaterfall, buildComparison, checkComparable, describeCompareError, runAttribution, runComparison } from '../../shared/compare';
import type { Scenario } from '../../shared/domain/scenario';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { renderReport } from '../../shared/report';
import { DEFAULT_DISCOUNT_RATE } from '../../shared/results/run-json';
import { APP_VERSION } from '../app-version';
import type { CliIo, Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, parseRate, parseWholeNumber, UsageError } from '../parse-options';
import { pickScenarios } from '../pick-scenarios';
import { readErrorLines, readScenarioFile, warningLines } from '../read-scenario-file';
import { renderChartSvg } from '../report/render-chart-svg';
import { writeOutput } from '../write-output';

const LANGUAGES: readonly ChartLanguage[] = ['en', 'zh-CN'];

/** Every scenario of every file, in order; undefined (after printing why) when a file cannot be read. */
async function readAll(files: readonly string[], io: CliIo): Promise<Scenario[] | undefined> {
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const read = await readScenarioFile(file, io);
    if (!read.ok) {
      for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
      return undefined;
    }
    for (const line of warningLines(read.value, file)) io.stderr(`${line}\n`);
    scenarios.push(...read.value.scenarios);
  }
  return scenarios;
}

/** The reference (by --reference, else the first scenario) first, the others in file order. */
function withReferenceFirst(scenarios: readonly Scenario[], selector: string | undefined, io: CliIo): Scenario[] | undefined {
  const picked = selector === undefined ? scenarios.slice(0, 1) : pickScenarios(scenarios, selector);
  if (picked.length !== 1) {
    const names = scenarios.map((scenario) => `"${scenario.name}" (${scenario.id})`).join(', ');
    io.stderr(`${picked.length === 0 ? `No scenario with the id or name "${selector}"` : `Several scenarios are named "${selector}": choose one by id`}; the files hold ${names}.\n`);
    return undefined;
  }
  const reference = picked[0]!;
  return [reference, ...scenarios.filter((scenario) => scenario !== reference)];
}

/** Reference versus each other scenario, for the aggregate at the horizon (128–256 runs each). */
function waterfalls(scenarios: readonly Scenario[], model: ComparisonModel, catalogue: Parameters<typeof runAttribution>[2]): { ok: true; value: Waterfall[] } | { ok: false; message: string } {
  const [reference, ...others] = scenarios;
  const label = (id: string) => model.scenarios.find((scenario) => scenario.id === id)!.label;
  const out: Waterfall[] = [];
  for (const other of others) {
    const attribution = runAttribution(reference!, other, catalogue);
    if (!attribution.ok) return { ok: false, message: describeCompareError(attribution.error) };
    const waterfall = attributionWaterfall(attribution.value, {
      output: { kind: 'aggregateS' },
      year: model.horizonYear,
      reference: { id: reference!.id, label: label(reference!.id) },
      other: { id: other.id, label: label(other.id) },
    });
    if (!waterfall.ok) return { ok: false, message: describeCompareError(waterfall.error) };
    out.push(waterfall.value);
  }
  return { ok: true, value: out };
}

/** The scenarios `--scenario NAME|ID` options select (each exactly one), in the order given; all without them. */
function selectScenarios(all: readonly Scenario[], selectors: readonly string[] | undefined, io: CliIo): Scenario[] | undefined {
  if (!selectors?.length) return [...all];
  const out: Scenario[] = [];
  for (const selector of selectors) {
    const picked = pickScenarios(all, selector);
    if (picked.length !== 1) {
      io.stderr(`${picked.length === 0 ? `No scenario with the id or name "${selector}"` : `Several scenarios are named "${selector}": choose one by id`} in the files.\n`);
      return undefined;
    }
    if (!out.includes(picked[0]!)) out.push(picked[0]!);
  }
  return out;
}

/**
 * `chokepoint report FILE... --out report.html [--scenario NAME|ID]... [--reference NAME|ID] [--mc N]
 * [--lang en|zh-CN] [--discount-rate R]`
 */
export const reportCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    scenario: { type: 'string', multiple: true },
    reference: { type: 'string' },
    mc: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    'discount-rate': { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('report takes one or more FILEs');
  if (values.out === undefined) throw new UsageError('report needs --out PATH (the HTML file to write)');
  const language = LANGUAGES.find((entry) => entry === values.lang);
  if (!language) throw new UsageError(`--lang must be en or zh-CN, got "${values.lang}"`);
  const draws = parseWholeNumber('mc', values.mc, 1, 100_000);
  const discountRate = parseRate(values['discount-rate']) ?? DEFAULT_DISCOUNT_RATE;

  const all = await readAll(positionals, io);
  const selected = all && selectScenarios(all, values.scenario, io);
  if (!selected) return EXIT_INVALID;
  const scenarios = withReferenceFirst(selected, values.reference, io);
  if (!scenarios) return EXIT_INVALID;
  const referenceId = scenarios[0]!.id;
  const comparable = checkComparable(scenarios, referenceId, { min: 1 });
  if (!comparable.ok) {
    const hint = comparable.error.kind === 'scenario-count' ? ' Choose up to 4 with --scenario NAME|ID.' : '';
    io.stderr(`${positionals.join(', ')}: ${describeCompareError(comparable.error)}${hint}\n`);
    return EXIT_INVALID;
  }
  const { catalogue } = comparable.value;
  const outcomes = runComparison(scenarios, catalogue, { referenceId, draws });
  if (!outcomes.ok) {
    io.stderr(`${describeCompareError(outcomes.error)}\n`);
    return EXIT_INVALID;
  }
  const model = buildComparison(outcomes.value, catalogue, { referenceId, discountRate });
  const attributed = waterfalls(scenarios, model, catalogue);
  if (!attributed.ok) {
    io.stderr(`${attributed.message}\n`);
    return EXIT_INVALID;
  }
  const dts = outcomes.value.flatMap((outcome) => (outcome.run.dt === undefined ? [] : [outcome.run.dt]));
  const report = renderReport(
    {
      language,
      catalogue,
      scenarios,
      model,
      waterfalls: attributed.value,
      provenance: {
        appVersion: APP_VERSION,
        modelVersion: MODEL_VERSION,
        generatedAt: new Date().toISOString(),
        files: positionals,
        seed: scenarios[0]!.seed,
        draws: draws ?? null,
        dt: dts.length ? Math.max(...dts) : null,
      },
    },
    (option, size) => renderChartSvg(option, size, language),
  );
  await writeOutput(report, values.out, io);
  return EXIT_OK;
};
