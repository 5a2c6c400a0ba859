import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFileSystemError } from '../services/file-system-words';
import type { CliIo } from './io';

/** Output could not be written: the message says which file and why, in words (exit 1, no stack). */
export class OutputError extends Error {}

/**
 * The one way a command writes what it produced: to --out when given, else (text only) to stdout. Every
 * command's output, text or bytes (deck, workbook, picture), goes through here, so one rule decides what
 * may be written where.
 */
export async function writeOutput(
  content: string | Uint8Array,
  out: string | undefined,
  io: CliIo,
): Promise<void> {
  if (out === undefined) {
    if (typeof content !== 'string') throw new OutputError('this output is binary: name a file with --out');
    io.stdout(content);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), content, typeof content === 'string' ? 'utf8' : undefined);
  } catch (error) {
    throw new OutputError(`cannot write ${out}: ${describeFileSystemError(error)}`);
  }
}
