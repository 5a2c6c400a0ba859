import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { checkOutputTarget } from './output-target';
import type { WriteContext } from './write-context';
import type { WriteProblem } from './write-problem';

/** Makes the rename itself durable: without it a power cut may forget the new name. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some systems (Windows) cannot open or sync a folder; the file's own data is synced already.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that error is the one to report.
  }
}

/**
 * The one way the app and the CLI write a file the user named (an export, a report, a deck, settings):
 * after `checkOutputTarget` allowed it, the bytes go to a new temporary file in the target's folder,
 * which is synced to disk and then renamed over the target, keeping the target's permissions. A crash,
 * a full disk or a kill at any moment leaves the old file or the new one, whole, never a mix; the
 * temporary file is removed when writing fails. Synchronous, so a closing window can still save.
 */
export function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  context: WriteContext,
): Result<{ readonly path: string }, WriteProblem> {
  const target = checkOutputTarget(path, context);
  if (!target.ok) return target;
  const folder = dirname(target.value.path);
  const temporary = join(
    folder,
    `.${basename(target.value.path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    // 'wx': a new file of our own, never an existing one (or a link) that happens to have this name.
    fd = openSync(temporary, 'wx', target.value.mode ?? 0o666);
    if (target.value.mode !== undefined) fchmodSync(fd, target.value.mode);
    writeFileSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target.value.path);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    rmSync(temporary, { force: true });
    return err({ kind: 'failed', path, error });
  }
  syncFolder(folder);
  return ok({ path: target.value.path });
}
