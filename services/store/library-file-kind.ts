import { closeSync, openSync, readSync } from 'node:fs';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type LibraryFileKind = 'missing' | 'empty' | 'sqlite' | 'not-sqlite';

/**
 * What is at a library path, from its first bytes only (nothing is opened for writing): only an
 * SQLite file can be a library, or a damaged one; anything else (a scenario file given to `--db` by
 * mistake, a zero-byte file) must be left exactly as it is.
 */
export function libraryFileKind(path: string): LibraryFileKind {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'empty';
    return read === head.length && head.equals(SQLITE_HEADER) ? 'sqlite' : 'not-sqlite';
  } finally {
    closeSync(fd);
  }
}
