import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileFormatError } from '../shared/file-format';
import { checkEncoding, FILE_LIMITS } from '../shared/file-format';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { describeFileSystemError } from './file-system-words';
import type { PathKind } from './path-kind';
import { PATH_KIND_NOUNS, pathKind } from './path-kind';

/** Why a file could not be read (as opposed to read and refused). */
export interface UnreadableFile {
  readonly kind: 'unreadable';
  readonly file: string;
  readonly path: readonly [];
  /** In words ("there is no such file or folder"), never an errno code. */
  readonly reason: string;
}

export type ReadTextError = FileFormatError | UnreadableFile;

const CHUNK_BYTES = 1024 * 1024;

/** Opening never waits: a FIFO put in the file's place after its `stat` is refused, not waited on. */
const NON_BLOCKING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads up to `limit + 1` bytes of a regular file: one over the limit is refused from its size without
 * reading, and one that grows while read is read only until it passes the limit, never further.
 * Anything that is not a regular file (a device such as /dev/zero, a FIFO, a socket, a folder) is
 * refused from its `stat`, before it is opened: opening a FIFO would block until someone writes to it.
 */
async function readBounded(
  path: string,
  limit: number,
): Promise<{ bytes: Buffer } | { over: number; atLeast: boolean } | { notAFile: Exclude<PathKind, 'file'> }> {
  const kind = pathKind(await stat(path));
  if (kind !== 'file') return { notAFile: kind };
  const handle = await open(path, NON_BLOCKING);
  try {
    const info = await handle.stat();
    const opened = pathKind(info);
    if (opened !== 'file') return { notAFile: opened };
    if (info.size > limit) return { over: info.size, atLeast: false };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { over: total, atLeast: true };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/**
 * The one way a `.chokepoint` file is read from disk, by every CLI command and main-process handler:
 * a regular file of at most FILE_LIMITS.bytes bytes (checked during the read too, not only from the
 * file's stated size, which a growing file outruns), then strictly UTF-8 (a UTF-16 file is named, a bad byte is
 * located). Never throws: a missing or unreadable file, a device or a FIFO is an error like any other,
 * its reason in words ("/dev/null: … it is a device, not a file").
 */
export async function readScenarioText(
  path: string,
  fileName: string,
  limit: number = FILE_LIMITS.bytes,
): Promise<Result<string, ReadTextError>> {
  let read: Awaited<ReturnType<typeof readBounded>>;
  try {
    read = await readBounded(path, limit);
  } catch (error) {
    return err({ kind: 'unreadable', file: fileName, path: [], reason: describeFileSystemError(error) });
  }
  if ('notAFile' in read) {
    const reason = `it is ${PATH_KIND_NOUNS.en[read.notAFile]}, not a file`;
    return err({ kind: 'unreadable', file: fileName, path: [], reason });
  }
  if ('over' in read) {
    return err({
      kind: 'too-large',
      file: fileName,
      path: [],
      bytes: read.over,
      limit,
      ...(read.atLeast && { atLeast: true }),
    });
  }
  const start = checkEncoding(read.bytes);
  if (!start.ok) return err({ ...start.error, file: fileName });
  return ok(read.bytes.toString('utf8', start.value));
}
