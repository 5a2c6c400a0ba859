import { resolve } from 'node:path';
import { checkOutputTarget } from '../services/output-target';
import { writeFileAtomically } from '../services/write-file-atomically';
import { NO_CONTEXT } from '../services/write-context';
import { describeWriteProblem } from '../services/write-problem';
import type { CliIo } from './io';

/** Output could not be written: the message says which file and why, in words (exit 1, no stack). */
export class OutputError extends Error {}

/** `--out -`: standard output, as for most Unix tools. */
export const STDOUT = '-';

/**
 * The one way a command writes what it produced: to --out when given (through the one atomic writer,
 * which refuses the library, the command's inputs, folders, devices and databases), else or with
 * `--out -` (text only) to stdout. Every command's output, text or bytes (deck, workbook, picture), goes
 * through here, so one rule decides what may be written where.
 */
export async function writeOutput(
  content: string | Uint8Array,
  out: string | undefined,
  io: CliIo,
): Promise<void> {
  if (out === undefined || out === STDOUT) {
    if (typeof content !== 'string') throw new OutputError('this output is binary: name a file with --out');
    io.stdout(content);
    return;
  }
  const written = writeFileAtomically(resolve(io.cwd, out), content, io.files?.context() ?? NO_CONTEXT);
  if (!written.ok) throw new OutputError(describeWriteProblem({ ...written.error, path: out }));
}

/**
 * Whether `out` may be written, without writing it: a command writing several files checks them all
 * first, so that a refused one leaves nothing written. Throws the refusal as an OutputError.
 */
export function checkOutput(out: string, io: CliIo): void {
  if (out === STDOUT) return;
  const checked = checkOutputTarget(resolve(io.cwd, out), io.files?.context() ?? NO_CONTEXT);
  if (!checked.ok) throw new OutputError(describeWriteProblem({ ...checked.error, path: out }));
}
