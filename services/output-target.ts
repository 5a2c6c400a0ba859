import type { Stats } from 'node:fs';
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';
import { pathKind } from './path-kind';
import { readFileHead } from './sqlite-header';
import type { WriteContext } from './write-context';
import type { WriteProblem, WriteRefusal } from './write-problem';

/** Where the bytes go once every check passed: the file a symbolic link points to, never the link. */
export interface OutputTarget {
  /** The real path to rename the new file onto (its folder resolved, links followed). */
  readonly path: string;
  /** The existing file's permission bits, which the new file keeps; undefined for a new file. */
  readonly mode: number | undefined;
}

/** SQLite's companions of a database file: each holds part of the database. */
const COMPANIONS = ['-wal', '-shm', '-journal'] as const;
/** Following more links than this is a loop (Linux's own limit is 40). */
const MAX_LINKS = 40;

function code(error: unknown): string | undefined {
  const value = (error as { code?: unknown } | null)?.code;
  return typeof value === 'string' ? value : undefined;
}

/** The path a chain of symbolic links ends at (which may not exist yet): the link is never replaced. */
function followLinks(path: string): string {
  let current = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      if (code(error) === 'ENOENT') return current;
      throw error;
    }
    if (!stats.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** A path with its folder's real location, so two spellings of one file compare equal. */
function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function statIfPresent(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const sameFile = (a: Stats, b: Stats | undefined): boolean =>
  b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** Whether `target` is one of `protectedPath`'s files: itself or (for a database) a companion. */
function names(target: string, targetStats: Stats | undefined, protectedPath: string, companions: boolean) {
  const candidates = [
    protectedPath,
    ...(companions ? COMPANIONS.map((suffix) => protectedPath + suffix) : []),
  ];
  const real = canonical(protectedPath);
  const realCandidates = [real, ...(companions ? COMPANIONS.map((suffix) => real + suffix) : [])];
  if (realCandidates.includes(target)) return true;
  return (
    targetStats !== undefined &&
    candidates.some((candidate) => sameFile(targetStats, statIfPresent(candidate)))
  );
}

/** A companion file (`x-wal`, `x-shm`, `x-journal`) of an SQLite database `x`. */
function isDatabaseCompanion(target: string): boolean {
  const suffix = COMPANIONS.find((candidate) => target.endsWith(candidate));
  if (suffix === undefined) return false;
  try {
    return readFileHead(target.slice(0, -suffix.length)).kind === 'sqlite';
  } catch {
    return false;
  }
}

const refused = (refusal: WriteRefusal, path: string): Result<never, WriteProblem> =>
  err({ kind: 'refused', refusal, path });

/**
 * Decides whether `path` may be written, before anything is: it is followed through symbolic links,
 * `stat`ed (never opened, so a FIFO cannot block), and refused when it is not a regular file, when it
 * is the library in use or one of the operation's inputs, or when it holds an SQLite database. A
 * missing file may be created when its folder exists. `path` is reported as the caller named it.
 */
export function checkOutputTarget(path: string, context: WriteContext): Result<OutputTarget, WriteProblem> {
  let target: string;
  let stats: Stats | undefined;
  try {
    target = canonical(followLinks(resolve(path)));
    stats = statIfPresent(target);
    if (stats === undefined) {
      const folder = statIfPresent(dirname(target));
      if (!folder?.isDirectory()) return refused('no-folder', path);
    }
  } catch (error) {
    return err({ kind: 'failed', path, error });
  }
  if (stats !== undefined) {
    const kind = pathKind(stats);
    if (kind !== 'file') return refused(kind, path);
  }
  if (context.library !== undefined && names(target, stats, context.library, true))
    return refused('library', path);
  if (context.inputs.some((input) => names(target, stats, input, false))) return refused('input', path);
  if (stats === undefined) return ok({ path: target, mode: undefined });
  try {
    const head = readFileHead(target);
    if (head.kind === 'sqlite' || head.kind === 'sqlite-wal') return refused('database', path);
  } catch (error) {
    return err({ kind: 'failed', path, error });
  }
  if (isDatabaseCompanion(target)) return refused('database', path);
  return ok({ path: target, mode: stats.mode & 0o7777 });
}
