import { getCatalogue } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { diffScenarios } from '../../shared/domain/scenario-diff';
import { describeChange } from '../../shared/history/describe-changes';
import { englishChangeLanguage } from '../../shared/history/english-language';
import { scenarioChanges } from '../../shared/history/scenario-changes';
import type { CliIo, Command } from '../io';
import { EXIT_USAGE } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { pickScenarios } from '../pick-scenarios';
import { readErrorLines, readScenarioFile } from '../read-scenario-file';

/** Like `diff` and `git diff --exit-code`: 0 the same, 1 different, 2 trouble (usage, unreadable file). */
export const DIFF_SAME = 0;
export const DIFF_DIFFERENT = 1;

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

/**
 * `chokepoint diff FILE_A FILE_B [--a NAME|ID] [--b NAME|ID] [--json]`: what differs, one line per
 * lever and change with schedules as shapes ("Restriction level — Chips and Lithography: step to
 * 80 % in 2027"). `--json` gives both the year-by-year `differences` and the readable `changes`.
 */
export const diffCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    a: { type: 'string' },
    b: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 2) throw new UsageError('diff takes exactly two FILEs');
  const a = await oneScenario(positionals[0]!, values.a, io);
  const b = await oneScenario(positionals[1]!, values.b, io);
  if (!a || !b) return EXIT_USAGE;
  if (a.catalogue !== b.catalogue) {
    io.stderr(
      `The scenarios start from different catalogues ("${a.catalogue}" and "${b.catalogue}"): they cannot be compared lever by lever.\n`,
    );
    return EXIT_USAGE;
  }
  const catalogue = getCatalogue(a.catalogue)!;
  const differences = diffScenarios(a, b, catalogue);
  const changes = scenarioChanges(a, b, catalogue);
  if (values.json) {
    const output = { a: { id: a.id, name: a.name }, b: { id: b.id, name: b.name }, differences, changes };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    io.stdout(`--- ${a.name} (${positionals[0]})\n+++ ${b.name} (${positionals[1]})\n`);
    if (changes.length === 0) io.stdout('No differences.\n');
    const language = englishChangeLanguage(a.catalogue);
    for (const change of changes) io.stdout(`${describeChange(change, language)}\n`);
  }
  return changes.length === 0 ? DIFF_SAME : DIFF_DIFFERENT;
};
