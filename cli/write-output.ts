import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './io';

/** Writes to --out when given (atomically enough for scripts: whole text at once), else to stdout. */
export async function writeOutput(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) io.stdout(text);
  else await writeFile(resolve(io.cwd, out), text, 'utf8');
}
