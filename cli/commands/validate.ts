import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { readErrorLines, readScenarioFile, warningLines } from '../read-scenario-file';

/** `chokepoint validate FILE...`: exit 0 when every file is valid, else 1 with one line per error. */
export const validateCommand: Command = async (args, io) => {
  const { positionals } = parseOptions(args, {});
  if (positionals.length === 0) throw new UsageError('validate takes one or more FILEs');
  let valid = true;
  for (const file of positionals) {
    const read = await readScenarioFile(file, io);
    if (read.ok) {
      for (const line of warningLines(read.value, file)) io.stderr(`${line}\n`);
      io.stdout(
        `${file}: valid (${read.value.scenarios.length} scenario${read.value.scenarios.length === 1 ? '' : 's'})\n`,
      );
    } else {
      valid = false;
      for (const line of readErrorLines(read.error)) io.stderr(`${line}\n`);
    }
  }
  return valid ? EXIT_OK : EXIT_INVALID;
};
