import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { MODEL_VERSION } from '../../shared/engine';
import { serializeScenarioFile } from '../../shared/file-format';
import type { FailureBox, PlanResult, Target } from '../../shared/optimize';
import {
  DEFAULT_CONFIDENCE,
  DEFAULT_OPTIMIZE_DRAWS,
  describeOptimizeError,
  findPlan,
  formatTarget,
  parseTarget,
  planScenario,
} from '../../shared/optimize';
import { APP_VERSION } from '../app-version';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { createMonteCarloPool } from '../parallel/monte-carlo-pool';
import { parseOptions, parseRate, parseWholeNumber, UsageError } from '../parse-options';
import { readOneScenario } from '../read-one-scenario';
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

function parseMoney(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--budget must be an amount in USD bn, got "${text}"`);
  return value;
}

const money = (value: number) => `USD ${value.toFixed(1)} bn`;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toPrecision(4));

function driverName(driver: { key: string; sector?: string; supplier?: string }): string {
  if (driver.key === 'omega') return `ω ${driver.sector}←${driver.supplier}`;
  return driver.sector ? `${driver.key} (${driver.sector})` : driver.key;
}

function driverText(box: FailureBox | null): string[] {
  if (!box) return ['What breaks it: nothing to separate (no draw fails, or every draw does).'];
  const lines = [
    `What breaks it: ${box.failures} of ${box.draws} draws miss a target.`,
    box.drivers.length === 0
      ? '  No single uncertainty separates them; strongest on their own:'
      : `  They concentrate (${percent(box.coverage)} of the failures, ${percent(box.density)} of the draws inside fail) where`,
  ];
  for (const driver of box.drivers) {
    const range = [
      driver.low !== undefined ? `≥ ${number(driver.low)}` : '',
      driver.high !== undefined ? `≤ ${number(driver.high)}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    lines.push(
      `    ${driverName(driver)} ${range}   (drawn ${number(driver.range[0])} – ${number(driver.range[1])})`,
    );
  }
  if (box.drivers.length === 0) {
    for (const entry of box.ranking.slice(0, 3))
      lines.push(`    ${driverName(entry)}: fails when ${entry.failsWhen} (AUC ${entry.auc.toFixed(2)})`);
  }
  return lines;
}

function planText(result: PlanResult, scenarioName: string, targets: readonly Target[]): string {
  const asked = `${targets.map(formatTarget).join(', ')} in ${percent(result.problem.confidence)} of ${result.problem.draws} draws`;
  const lines = [
    `Plan for "${scenarioName}": ${asked}`,
    result.feasible
      ? `Feasible: met in ${percent(result.confidence)} of the draws for ${money(result.cost)} (cumulative fiscal, discounted at ${percent(result.problem.discountRate)}).`
      : `Not feasible${result.limitedBy === 'budget' ? ' within the budget' : ' within the levers’ ranges'}: the best package found meets the targets in ${percent(result.confidence)} of the draws for ${money(result.cost)}.`,
    `The starting scenario: ${percent(result.start.confidence)} for ${money(result.start.cost)}.`,
    '',
    'sector  lever            level      start',
  ];
  for (const entry of result.package) {
    const changed = Math.abs(entry.level - entry.start) > 1e-9 ? '' : '   (unchanged)';
    lines.push(
      `${entry.sector.padEnd(8)}${entry.lever.padEnd(17)}${number(entry.level).padEnd(11)}${number(entry.start)}${changed}`,
    );
  }
  if (!result.feasible) {
    lines.push('');
    lines.push(
      result.bindingBounds.length > 0
        ? `Binding bounds (at the top of their range, and one step lower meets the targets in fewer draws): ${result.bindingBounds
            .map((bound) => `${bound.lever} in ${bound.sector} (−${percent(bound.effect)})`)
            .join(', ')}.`
        : result.limitedBy === 'budget'
          ? `The budget binds (${money(result.problem.budget!)}).`
          : 'No lever’s upper bound binds: the failing draws fail whatever these levers do (see what breaks it).',
    );
  }
  if (result.unstableCandidates > 0)
    lines.push(
      `${result.unstableCandidates} candidate packages were refused: a draw was numerically unstable even at the smallest step.`,
    );
  lines.push('');
  lines.push(...driverText(result.failureDrivers));
  lines.push('');
  lines.push(
    `Frontier (cost → confidence): ${result.frontier.map((point) => `${money(point.cost)} → ${percent(point.confidence)}`).join('; ')}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * `chokepoint optimize FILE [--scenario NAME|ID] --target IC:S>=0.7@2035 [--target …] [--confidence 0.8]
 * [--levers a,b] [--sectors IC,SME] [--budget X] [--mc N] [--seed S] [--from YEAR] [--ramp YEARS]
 * [--discount-rate R] [--out plan.chokepoint] [--json]`: the least-cost lever package meeting the targets.
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
    out: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('optimize takes exactly one FILE');
  outputFormat('optimize', values.out, undefined, SCENARIO_FILE_FORMATS, 'chokepoint');
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
    draws: parseWholeNumber('mc', values.mc, 1, 100_000) ?? DEFAULT_OPTIMIZE_DRAWS,
    seed: parseWholeNumber('seed', values.seed, 0, 2 ** 32 - 1),
    fromYear: parseWholeNumber('from', values.from, 1900, 2200),
    rampYears: parseWholeNumber('ramp', values.ramp, 0, 100),
    discountRate: parseRate(values['discount-rate']),
  };
  const file = positionals[0]!;

  const one = await readOneScenario(file, values.scenario, io);
  if (!one) return EXIT_INVALID;
  const { scenario, catalogue, where } = one;
  // Refused before the search, once the input is known: a wrong --out costs nothing.
  if (values.out !== undefined) checkOutput(values.out, io);

  const defined = Object.fromEntries(
    Object.entries(problemOptions).filter(([, value]) => value !== undefined),
  );
  const pool = createMonteCarloPool(Math.min(4, availableParallelism()));
  let result;
  try {
    result = await findPlan(
      { scenario, targets, ...defined },
      catalogue,
      (candidate, range) => pool.collect(candidate, range),
      { centralRunner: (scenarios, stepsPerYear) => pool.central(scenarios, stepsPerYear) },
    );
  } finally {
    await pool.close();
  }
  if (!result.ok) {
    io.stderr(`${where}: ${describeOptimizeError(result.error)}\n`);
    return EXIT_INVALID;
  }
  const plan = result.value;
  const saved = planScenario(plan, scenario, targets, { id: randomUUID(), now: new Date().toISOString() });
  if (values.out !== undefined) {
    const text = serializeScenarioFile([saved], {
      exportedAt: new Date().toISOString(),
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
    });
    await writeOutput(text, values.out, io);
  }
  if (values.json) {
    const { scenario: _written, ...rest } = plan;
    const json = {
      scenario: { id: scenario.id, name: scenario.name },
      targets: targets.map(formatTarget),
      ...rest,
      plan: { id: saved.id, name: saved.name, ...(values.out !== undefined ? { file: values.out } : {}) },
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(planText(plan, shown(scenario.name), targets));
    if (values.out !== undefined)
      io.stdout(`Plan written to ${values.out} as scenario "${shown(saved.name)}".\n`);
  }
  return EXIT_OK;
};
