import { getCatalogue } from '../../shared/catalogue';
import { describeEngineError } from '../../shared/engine/engine-error';
import { runMonteCarlo } from '../../shared/engine/monte-carlo';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runPrepared } from '../../shared/engine/run-prepared';
import { UTF8_BOM } from '../../shared/results/csv';
import { runsToCsv } from '../../shared/results/run-csv';
import type { RunJson } from '../../shared/results/run-json';
import { runToJson } from '../../shared/results/run-json';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import {
  parseModelVersion,
  parseOptions,
  parseRate,
  parseStepsPerYear,
  parseWholeNumber,
  UsageError,
} from '../parse-options';
import { pickScenarios } from '../pick-scenarios';
import { readErrorLines, readScenarioFile, warningLines, withPackagesApplied } from '../read-scenario-file';
import { runTable } from '../run-table';
import { outputFormat, RUN_FORMATS } from '../output-format';
import { checkOutput, STDOUT, writeOutput } from '../write-output';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

/** `chokepoint run FILE [--scenario NAME|ID] [--format json|csv] [--mc N] [--seed S] [--dt 1/48] [--out PATH] [--discount-rate R] [--model 1|2]` */
export const runCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    scenario: { type: 'string' },
    format: { type: 'string' },
    mc: { type: 'string' },
    seed: { type: 'string' },
    dt: { type: 'string' },
    out: { type: 'string' },
    'discount-rate': { type: 'string' },
    model: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('run takes exactly one FILE');
  // The extension of --out decides; else a person at a terminal gets a short table, a pipe, a file or a
  // script gets JSON.
  const toTerminal = io.stdoutIsTerminal && (values.out === undefined || values.out === STDOUT);
  const format = outputFormat('run', values.out, values.format, RUN_FORMATS, toTerminal ? 'table' : 'json');
  const draws = parseWholeNumber('mc', values.mc, 1, 100_000);
  const seed = parseWholeNumber('seed', values.seed, 0, 2 ** 32 - 1);
  const stepsPerYear = parseStepsPerYear(values.dt);
  const discountRate = parseRate(values['discount-rate']);
  const modelVersion = parseModelVersion(values.model);
  const file = positionals[0]!;

  const read = await readScenarioFile(file, io);
  if (!read.ok) {
    for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
    return EXIT_INVALID;
  }
  for (const line of warningLines(read.value, file)) io.stderr(`${line}\n`);
  // Refused before the work, once the inputs are known: a wrong --out costs nothing.
  if (values.out !== undefined) checkOutput(values.out, io);
  const picked = pickScenarios(read.value.scenarios, values.scenario);
  if (picked.length === 0) {
    io.stderr(
      `${file}: no scenario with the id or name "${values.scenario}" (found: ${read.value.scenarios.map((s) => `"${shown(s.name)}"`).join(', ')}).\n`,
    );
    return EXIT_INVALID;
  }
  const scenarios = withPackagesApplied(read.value, picked, file, io);
  if (!scenarios) return EXIT_INVALID;

  const runs: RunJson[] = [];
  for (const scenario of scenarios) {
    const where = `${file}: scenario "${shown(scenario.name)}"`;
    const catalogue = getCatalogue(scenario.catalogue);
    if (!catalogue) {
      io.stderr(`${where}: unknown catalogue "${scenario.catalogue}".\n`);
      return EXIT_INVALID;
    }
    const prepared = prepareScenario(scenario, catalogue, { modelVersion });
    const result = prepared.ok ? runPrepared(prepared.value, { stepsPerYear }) : prepared;
    if (!result.ok) {
      io.stderr(`${where}: ${describeEngineError(result.error)}\n`);
      return EXIT_INVALID;
    }
    let bands;
    if (draws !== undefined && prepared.ok) {
      const mc = runMonteCarlo(prepared.value, { draws, seed: seed ?? scenario.seed, stepsPerYear });
      if (!mc.ok) {
        io.stderr(`${where}: Monte Carlo draw ${mc.error.draw ?? '?'}: ${describeEngineError(mc.error)}\n`);
        return EXIT_INVALID;
      }
      bands = mc.value;
    }
    runs.push(runToJson(scenario, result.value, bands, discountRate, modelVersion));
  }

  const text =
    format === 'csv'
      ? (values.out && values.out !== STDOUT ? UTF8_BOM : '') + runsToCsv(runs)
      : format === 'table'
        ? runTable(runs)
        : `${JSON.stringify(runs.length === 1 ? runs[0] : runs, null, 2)}\n`;
  await writeOutput(text, values.out, io);
  return EXIT_OK;
};
