import { getCatalogue } from '../../shared/catalogue';
import type { ScenarioDifference } from '../../shared/domain/scenario-diff';
import { diffScenarios } from '../../shared/domain/scenario-diff';
import type { Scenario } from '../../shared/domain/scenario';
import type { CliIo, Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { pickScenarios } from '../pick-scenarios';
import { readErrorLines, readScenarioFile } from '../read-scenario-file';

async function oneScenario(
  file: string,
  selector: string | undefined,
  io: CliIo,
): Promise<Scenario | undefined> {
  const read = await readScenarioFile(file, io);
  if (!read.ok) {
    for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
    return undefined;
  }
  const picked = pickScenarios(read.value.scenarios, selector);
  if (picked.length === 1) return picked[0];
  io.stderr(
    picked.length === 0
      ? `${file}: no scenario with the id or name "${selector}".\n`
      : `${file} holds ${picked.length} scenarios: choose one with --a/--b NAME|ID.\n`,
  );
  return undefined;
}

function describe(difference: ScenarioDifference): string {
  const show = (value: number | undefined): string => (value === undefined ? 'default' : String(value));
  if (difference.kind === 'input') {
    const years =
      difference.fromYear === difference.toYear
        ? `${difference.fromYear}`
        : `${difference.fromYear}–${difference.toYear}`;
    return `${difference.sector}\t${difference.input}\t${years}\t${difference.a} → ${difference.b}`;
  }
  return `${difference.sector ?? '(global)'}\t${difference.kind}:${difference.key}\t\t${show(difference.a)} → ${show(difference.b)}`;
}

/** `chokepoint diff FILE_A FILE_B [--a NAME|ID] [--b NAME|ID] [--json]`: lever-by-lever differences. */
export const diffCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    a: { type: 'string' },
    b: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 2) throw new UsageError('diff takes exactly two FILEs');
  const a = await oneScenario(positionals[0]!, values.a, io);
  const b = await oneScenario(positionals[1]!, values.b, io);
  if (!a || !b) return EXIT_INVALID;
  if (a.catalogue !== b.catalogue) {
    io.stderr(
      `The scenarios start from different catalogues ("${a.catalogue}" and "${b.catalogue}"): they cannot be compared lever by lever.\n`,
    );
    return EXIT_INVALID;
  }
  const differences = diffScenarios(a, b, getCatalogue(a.catalogue)!);
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ a: { id: a.id, name: a.name }, b: { id: b.id, name: b.name }, differences }, null, 2)}\n`,
    );
  } else {
    io.stdout(`--- ${a.name} (${positionals[0]})\n+++ ${b.name} (${positionals[1]})\n`);
    if (differences.length === 0) io.stdout('No differences in levers, restrictions, data or parameters.\n');
    for (const difference of differences) io.stdout(`${describe(difference)}\n`);
  }
  return EXIT_OK;
};
