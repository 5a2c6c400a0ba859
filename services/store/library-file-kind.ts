import { statSync } from 'node:fs';
import type { PathKind } from '../path-kind';
import { pathKind } from '../path-kind';
import { readFileHead } from '../sqlite-header';

export type LibraryFileKind =
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'sqlite'; readonly applicationId: number }
  | { readonly kind: 'not-sqlite' }
  /** A folder, FIFO, socket or device: never opened (a FIFO would block the open for ever). */
  | { readonly kind: 'not-a-file'; readonly what: Exclude<PathKind, 'file'> };

/**
 * What is at a library path, from `stat` and its first bytes only (nothing is opened for writing, and
 * only a regular file is opened at all): only an SQLite file can be a library, or a damaged one;
 * anything else (a scenario file given to `--db` by mistake, a zero-byte file, a pipe) must be left
 * exactly as it is.
 */
export function libraryFileKind(path: string): LibraryFileKind {
  let what: PathKind;
  try {
    what = pathKind(statSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (what !== 'file') return { kind: 'not-a-file', what };
  const head = readFileHead(path);
  if (head.kind === 'empty') return { kind: 'empty' };
  if (head.kind === 'sqlite') return { kind: 'sqlite', applicationId: head.applicationId };
  return { kind: 'not-sqlite' };
}
