import type { Database } from 'better-sqlite3';
import type { ConnectionOptions } from './connection';
import { openConnection } from './connection';
import { APPLICATION_ID, expectedSchema, isBlank, schemaSignature } from './library-identity';
import { schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { StoreError, StoreResult } from './store-error';
import { fail, fromSqliteError, isCorruptionError } from './store-error';
import { ok } from '../../shared/result';

export type Inspection =
  | {
      readonly kind: 'usable';
      readonly version: number;
      /** Whether the header already carries the library's mark (else it is stamped on opening). */
      readonly stamped: boolean;
    }
  | { readonly kind: 'damaged'; readonly reason: string };

function closeQuietly(db: Database | undefined): void {
  try {
    db?.close();
  } catch {
    // Closing a connection to a damaged file can fail too; the file is what matters.
  }
}

/** Refused as not ours: said once, whatever made us sure. */
export function notALibrary(path: string): { ok: false; error: StoreError } {
  return fail(
    'invalid-input',
    `${path} is an SQLite database but not a Chokepoint Planner library (another program's, or one whose tables are not a library's); nothing was changed.`,
    { path },
  );
}

function tooNew(path: string, version: number): { ok: false; error: StoreError } {
  return fail(
    'database-too-new',
    `The scenario library ${path} was written by a newer version of Chokepoint Planner (library version ${version}; this app reads up to version ${MIGRATIONS.length}). Update the app to open it. Nothing was changed.`,
    { databaseVersion: version, appVersion: MIGRATIONS.length, path },
  );
}

function unreadable(path: string, reason: string): { ok: false; error: StoreError } {
  return fail(
    'invalid-input',
    `${path} cannot be read as an SQLite database (${reason}) and carries no Chokepoint Planner mark, so it is not set aside as a damaged library; nothing was changed. Move it away to start a new library there.`,
    { path },
  );
}

function quickCheck(db: Database): string | undefined {
  const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
  return problems.length === 1 && problems[0] === 'ok'
    ? undefined
    : `integrity check failed: ${problems.join('; ')}`;
}

/**
 * Looks at an existing SQLite file through a read-only connection, closed before returning, so that a
 * database we must refuse is left exactly as it was. A library is recognised by its mark
 * (`application_id`) and its schema: a marked file whose version this app knows must have exactly the
 * tables its migrations make; an unmarked one (written before libraries were marked) is recognised by
 * that exact schema alone. Anything else, whatever its `user_version`, is not ours. Damage (unreadable
 * pages, a failed quick_check) is reported only for a file known to be ours; any other failure (busy,
 * permissions) is an error, never damage, so a healthy library is never moved aside because another
 * program held a lock.
 */
export function inspectDatabase(
  path: string,
  options: ConnectionOptions,
  /** The file's header carries the mark (read from its bytes: known even when SQLite cannot read it). */
  markedInHeader = false,
): StoreResult<Inspection> {
  let db: Database | undefined;
  let marked = markedInHeader;
  try {
    db = openConnection(path, { ...options, readonly: true });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    marked = applicationId === APPLICATION_ID;
    if (!marked && applicationId !== 0) return notALibrary(path);
    const version = schemaVersion(db);
    if (version > MIGRATIONS.length) return marked ? tooNew(path, version) : notALibrary(path);
    // A marked library is checked for damage first: a damaged one may not show its schema.
    const damage = marked ? quickCheck(db) : undefined;
    if (damage !== undefined) return ok({ kind: 'damaged', reason: damage });
    // Blank: a file SQLite created and nothing filled (a library whose first migration never ran).
    const blank = version === 0 && isBlank(db);
    if (!blank && schemaSignature(db) !== expectedSchema(version, options)) return notALibrary(path);
    const unmarkedDamage = marked ? undefined : quickCheck(db);
    if (unmarkedDamage !== undefined) return ok({ kind: 'damaged', reason: unmarkedDamage });
    return ok({ kind: 'usable', version, stamped: marked });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (isCorruptionError(error)) return marked ? ok({ kind: 'damaged', reason }) : unreadable(path, reason);
    return { ok: false, error: fromSqliteError(error, `open the scenario library ${path}`) };
  } finally {
    closeQuietly(db);
  }
}
