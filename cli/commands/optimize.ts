import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { MODEL_VERSION } from '../../shared/engine';
import { serializeScenarioFile } from '../../shared/file-format';
import type { OptimizeProgress } from '../../shared/optimize';
import {
  DEFAULT_CONFIDENCE,
  DEFAULT_OPTIMIZE_DRAWS,
  describeOptimizeError,
  findPlan,
  formatTarget,
  MAX_OPTIMIZE_DRAWS,
  MIN_OPTIMIZE_DRAWS,
  parseTarget,
  planScenario,
} from '../../shared/optimize';
import { DEFAULT_TIME_LIMIT_SECONDS, MAX_TIME_LIMIT_SECONDS } from '../help/optimize';
import { APP_VERSION } from '../app-version';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { createMonteCarloPool } from '../parallel/monte-carlo-pool';
import { parseOptions, parseRate, parseWholeNumber, UsageError } from '../parse-options';
import { readOneScenario } from '../read-one-scenario';
import { planText } from './optimize-text';
import { outputFormat, SCENARIO_FILE_FORMATS } from '../output-format';
import { checkOutput, writeOutput } from '../write-output';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

const list = (text: string | undefined): string[] | undefined =>
  text === undefined
    ? undefined
    : text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');

function parseShare(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  if (!Number.isFinite(value))
    throw new UsageError(`--${name} must be a share such as 0.8 or 80%, got "${text}"`);
  return value;
}

function parseSeconds(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIME_LIMIT_SECONDS;
  const value = Number(text);
  if (text.trim() === '' || !(value > 0 && value <= MAX_TIME_LIMIT_SECONDS))
    throw new UsageError(
      `--time-limit must be a number of seconds above 0 and at most ${MAX_TIME_LIMIT_SECONDS}, got "${text}"`,
    );
  return value;
}

const PHASES: Readonly<Record<OptimizeProgress['phase'], string>> = {
  prescreen: 'pre-screen',
  frontier: 'frontier',
  refine: 'refining',
  polish: 'most confident within the cost tolerance',
  price: 'price of confidence',
  holdout: 'fresh draws',
  drivers: 'what breaks it',
};

/** One line of progress, rewritten in place (only when stderr is a terminal: a log gets nothing). */
function progressLine(progress: OptimizeProgress, seconds: number): string {
  const best = progress.best
    ? `; best so far USD ${progress.best.cost.toFixed(1)} bn at ${(progress.best.confidence * 100).toFixed(1)} %`
    : '';
  return `\r${seconds.toFixed(0)} s, ${PHASES[progress.phase]}: ${progress.centralRuns} central runs, ${progress.drawRuns} draws${best}\x1b[K`;
}

function parseMoney(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--budget must be an amount in USD bn, got "${text}"`);
  return value;
}

/**
 * `chokepoint optimize FILE [--scenario NAME|ID] --target IC:S>=0.7@2035 [--target …] [--confidence 0.8]
 * [--levers a,b] [--sectors IC,SME] [--budget X] [--mc N] [--seed S] [--from YEAR] [--ramp YEARS]
 * [--discount-rate R] [--time-limit S] [--out plan.chokepoint] [--out-best best.chokepoint] [--json]`: the
 * least-cost lever package meeting the targets.
 */
export const optimizeCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    scenario: { type: 'string' },
    target: { type: 'string', multiple: true },
    confidence: { type: 'string' },
    levers: { type: 'string' },
    sectors: { type: 'string' },
    budget: { type: 'string' },
    mc: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    ramp: { type: 'string' },
    'discount-rate': { type: 'string' },
    'time-limit': { type: 'string' },
    out: { type: 'string' },
    'out-best': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('optimize takes exactly one FILE');
  for (const out of [values.out, values['out-best']])
    outputFormat('optimize', out, undefined, SCENARIO_FILE_FORMATS, 'chokepoint');
  if (!values.target?.length)
    throw new UsageError('optimize needs at least one --target, e.g. --target IC:S>=0.7@2035');
  const targets = values.target.map((text) => {
    const parsed = parseTarget(text);
    if (!parsed.ok) throw new UsageError(`--target "${text}": ${parsed.error.reason}`);
    return parsed.value;
  });
  const problemOptions = {
    confidence: parseShare('confidence', values.confidence) ?? DEFAULT_CONFIDENCE,
    levers: list(values.levers),
    sectors: list(values.sectors),
    budget: parseMoney(values.budget),
    draws:
      parseWholeNumber('mc', values.mc, MIN_OPTIMIZE_DRAWS, MAX_OPTIMIZE_DRAWS) ?? DEFAULT_OPTIMIZE_DRAWS,
    seed: parseWholeNumber('seed', values.seed, 0, 2 ** 32 - 1),
    fromYear: parseWholeNumber('from', values.from, 1900, 2200),
    rampYears: parseWholeNumber('ramp', values.ramp, 0, 100),
    discountRate: parseRate(values['discount-rate']),
  };
  const timeLimit = parseSeconds(values['time-limit']);
  const file = positionals[0]!;

  const one = await readOneScenario(file, values.scenario, io);
  if (!one) return EXIT_INVALID;
  const { scenario, catalogue, where } = one;
  // Refused before the search, once the input is known: a wrong --out costs nothing.
  for (const out of [values.out, values['out-best']]) if (out !== undefined) checkOutput(out, io);

  const defined = Object.fromEntries(
    Object.entries(problemOptions).filter(([, value]) => value !== undefined),
  );
  const pool = createMonteCarloPool(Math.min(4, availableParallelism()));
  const started = performance.now();
  let progressShownAt = -Infinity;
  let result;
  try {
    result = await findPlan(
      { scenario, targets, ...defined },
      catalogue,
      (candidate, range) => pool.collect(candidate, range),
      {
        centralRunner: (scenarios, stepsPerYear) => pool.central(scenarios, stepsPerYear),
        timeUp: () => performance.now() - started > timeLimit * 1000,
        ...(io.stderrIsTerminal
          ? {
              onProgress: (progress: OptimizeProgress) => {
                const now = performance.now();
                if (now - progressShownAt < 250) return;
                progressShownAt = now;
                io.stderr(progressLine(progress, (now - started) / 1000));
              },
            }
          : {}),
      },
    );
  } finally {
    await pool.close();
    if (io.stderrIsTerminal && progressShownAt > -Infinity) io.stderr('\r\x1b[K');
  }
  if (!result.ok) {
    io.stderr(`${where}: ${describeOptimizeError(result.error)}\n`);
    return EXIT_INVALID;
  }
  const plan = result.value;
  const saved = planScenario(plan, scenario, targets, { id: randomUUID(), now: new Date().toISOString() });
  const text = () =>
    serializeScenarioFile([saved], {
      exportedAt: new Date().toISOString(),
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
    });
  // An answer that does not meet the targets is no plan: --out stays unwritten unless --out-best asks.
  const written = plan.feasible ? values.out : values['out-best'];
  if (plan.feasible && values['out-best'] !== undefined) await writeOutput(text(), values['out-best'], io);
  if (written !== undefined) await writeOutput(text(), written, io);
  if (!plan.feasible && values.out !== undefined)
    io.stderr(
      `${values.out} was not written: the targets are not reachable${values['out-best'] !== undefined ? ` (the best package went to ${values['out-best']})` : '; add --out-best PATH to save the best package found anyway'}.\n`,
    );
  if (values.json) {
    const { scenario: _written, ...rest } = plan;
    const json = {
      scenario: { id: scenario.id, name: scenario.name },
      targets: targets.map(formatTarget),
      ...rest,
      plan: { id: saved.id, name: saved.name, ...(written !== undefined ? { file: written } : {}) },
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(planText(plan, shown(scenario.name), targets, catalogue));
    if (written !== undefined)
      io.stdout(
        `${plan.feasible ? 'Plan' : 'Best package (not reaching the targets)'} written to ${written} as scenario "${shown(saved.name)}".\n`,
      );
  }
  return EXIT_OK;
};
