import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import { writeFileAtomically } from './write-file-atomically';
import type { WriteContext } from './write-context';
import { NO_CONTEXT } from './write-context';
import type { WriteProblem } from './write-problem';

/** Reads a small JSON file; undefined when it is missing or not JSON (the caller falls back to defaults). */
export function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Writes a small JSON file through the one atomic writer: a crash leaves the old file or the new one,
 * never half of one, and a path that is a folder, a device or a database is refused untouched.
 */
export function writeJsonFile(
  path: string,
  value: unknown,
  context: WriteContext = NO_CONTEXT,
): Result<{ readonly path: string }, WriteProblem> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    return err({ kind: 'failed', path, error });
  }
  return writeFileAtomically(path, `${JSON.stringify(value, null, 2)}\n`, context);
}
