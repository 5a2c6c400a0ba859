import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFileSystemError } from '../services/file-system-words';
import type { CliIo } from './io';

/** Output could not be written: the message says which file and why, in words (exit 1, no stack). */
export class OutputError extends Error {}

/** Writes to --out when given (atomically enough for scripts: whole text at once), else to stdout. */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), text, 'utf8');
  } catch (error) {
    throw new OutputError(`cannot write ${out}: ${describeFileSystemError(error)}`);
  }
}
