import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** The first four bytes of an SQLite write-ahead log (big- or little-endian checksums). */
const WAL_MAGIC = [0x377f0682, 0x377f0683];
/** The database header's length, and where it keeps the two numbers an app may set. */
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

/**
 * What the first bytes of a file say it is. A database's `userVersion` and `applicationId` are those of
 * its main file: a change still in its write-ahead log is not seen here (SQLite sees it).
 */
export type FileHead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'sqlite'; readonly userVersion: number; readonly applicationId: number }
  | { readonly kind: 'sqlite-wal' }
  | { readonly kind: 'other' };

/** Opening never waits: a FIFO swapped in after the caller's `stat` is refused rather than blocking. */
const NON_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads the head of the regular file at `path` (nothing is written; a path that turns out not to be a
 * regular file once open throws an EINVAL-coded error). Throws file-system errors to the caller.
 */
export function readFileHead(path: string): FileHead {
  const fd = openSync(path, NON_BLOCKING);
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    const head = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, head, 0, head.length, 0);
    if (read === 0) return { kind: 'empty' };
    if (read >= SQLITE_MAGIC.length && head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
      const complete = read === HEADER_BYTES;
      return {
        kind: 'sqlite',
        userVersion: complete ? head.readInt32BE(USER_VERSION_OFFSET) : 0,
        applicationId: complete ? head.readInt32BE(APPLICATION_ID_OFFSET) : 0,
      };
    }
    if (read >= 4 && WAL_MAGIC.includes(head.readUInt32BE(0))) return { kind: 'sqlite-wal' };
    return { kind: 'other' };
  } finally {
    closeSync(fd);
  }
}
