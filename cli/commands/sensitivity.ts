import { describeEngineError } from '../../shared/engine/engine-error';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import type { Sensitivity, SensitivityError, SensitivityOutput } from '../../shared/engine/sensitivity';
import { rankSensitivity } from '../../shared/engine/sensitivity';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, parseWholeNumber, UsageError } from '../parse-options';
import { resolveSectorId } from '../resolve-sector';
import { readOneScenario } from '../read-one-scenario';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

const OUTPUTS = ['S', 'C', 'aggregate', 'chokepoints'] as const;

/**
 * The output named on the command line (default: S with --sector, else the aggregate); S and C need a
 * sector, the economy-wide ones refuse one.
 */
function parseOutput(given: string | undefined, sector: string | undefined): SensitivityOutput {
  const name = given ?? (sector === undefined ? 'aggregate' : 'S');
  if (!(OUTPUTS as readonly string[]).includes(name)) {
    throw new UsageError(`--output must be one of ${OUTPUTS.join(', ')}, got "${name}"`);
  }
  if (name === 'S' || name === 'C') {
    if (sector === undefined) throw new UsageError(`--output ${name} needs --sector ID`);
    return { kind: name, sector };
  }
  if (sector !== undefined) throw new UsageError(`--output ${name} is economy-wide: drop --sector`);
  return name === 'aggregate' ? { kind: 'aggregateS' } : { kind: 'chokepointsOpen' };
}

function describeOutput(output: SensitivityOutput): string {
  if (output.kind === 'aggregateS') return 'aggregate self-reliance';
  if (output.kind === 'chokepointsOpen') return 'open chokepoints';
  return `${output.kind} in ${output.sector}`;
}

function describeError(error: SensitivityError): string {
  if (error.kind === 'year-outside-run') {
    return `year ${error.year} is outside the run (${error.first}–${error.last}).`;
  }
  const during = 'parameter' in error && error.parameter ? ` (while moving ${error.parameter})` : '';
  return `${describeEngineError(error)}${during}`;
}

const number = (value: number): string => (Number.isInteger(value) ? String(value) : value.toPrecision(4));

function tornadoText(result: Sensitivity, scenarioName: string): string {
  const lines = [
    `Sensitivity of ${describeOutput(result.output)} in ${result.year}, scenario "${scenarioName}": each parameter at its Monte Carlo P10 and P90, the others at default`,
    `Output at default: ${number(result.atDefault)}`,
    '',
    'rank  parameter     symbol   low        high       at low     at high    swing',
  ];
  result.bars.forEach((bar, i) => {
    const cells = [
      String(i + 1).padEnd(6),
      bar.key.padEnd(14),
      bar.symbol.padEnd(9),
      number(bar.low).padEnd(11),
      number(bar.high).padEnd(11),
      number(bar.outputLow).padEnd(11),
      number(bar.outputHigh).padEnd(11),
      number(bar.swing),
      bar.held ? '  (held by the scenario)' : '',
    ];
    lines.push(cells.join(''));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * `chokepoint sensitivity FILE [--scenario NAME|ID] [--output S|C|aggregate|chokepoints] [--sector ID]
 * [--year Y] [--json]`: the parameters ranked by their effect on one output in one year (a tornado).
 */
export const sensitivityCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    scenario: { type: 'string' },
    sector: { type: 'string' },
    year: { type: 'string' },
    output: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('sensitivity takes exactly one FILE');
  parseOutput(values.output, values.sector);
  const year = parseWholeNumber('year', values.year, 1900, 2200);
  const file = positionals[0]!;

  const one = await readOneScenario(file, values.scenario, io, { firstByDefault: true });
  if (!one) return EXIT_INVALID;
  const { scenario, catalogue, where } = one;
  const sector = values.sector === undefined ? undefined : resolveSectorId(values.sector, catalogue);
  const output = parseOutput(values.output, sector);
  const prepared = prepareScenario(scenario, catalogue);
  const result = prepared.ok
    ? rankSensitivity(prepared.value, { output, year: year ?? scenario.baseYear + scenario.horizon })
    : prepared;
  if (!result.ok) {
    io.stderr(`${where}: ${describeError(result.error)}\n`);
    return EXIT_INVALID;
  }
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ scenario: { id: scenario.id, name: scenario.name }, ...result.value }, null, 2)}\n`,
    );
  } else {
    io.stdout(tornadoText(result.value, shown(scenario.name)));
  }
  return EXIT_OK;
};
