import type { Database } from 'better-sqlite3';
import type { ConnectionOptions } from './connection';
import { openConnection } from './connection';
import { schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import type { StoreResult } from './store-error';
import { fail, fromSqliteError, isCorruptionError } from './store-error';
import { ok } from '../../shared/result';

export type Inspection =
  | { readonly kind: 'usable'; readonly version: number }
  | { readonly kind: 'damaged'; readonly reason: string };

function closeQuietly(db: Database | undefined): void {
  try {
    db?.close();
  } catch {
    // Closing a connection to a damaged file can fail too; the file is what matters.
  }
}

/**
 * Looks at an existing file through a read-only connection, closed before returning, so that a database we must refuse (newer than the
 * app, or not ours) is left exactly as it was. Damage (unreadable header or a failed quick_check)
 * is reported, not thrown; any other failure (busy, permissions) is an error, never damage, so a
 * healthy library is never moved aside because another program held a lock.
 */
export function inspectDatabase(path: string, options: ConnectionOptions): StoreResult<Inspection> {
  let db: Database | undefined;
  try {
    db = openConnection(path, { ...options, readonly: true });
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) {
      closeQuietly(db);
      return fail(
        'database-too-new',
        `The scenario library ${path} was written by a newer version of Chokepoint Planner (library version ${version}; this app reads up to version ${SCHEMA_VERSION}). Update the app to open it. Nothing was changed.`,
        { databaseVersion: version, appVersion: SCHEMA_VERSION, path },
      );
    }
    if (
      version === 0 &&
      (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n > 0
    ) {
      closeQuietly(db);
      return fail(
        'invalid-input',
        `${path} is an SQLite database but not a Chokepoint Planner library. Nothing was changed.`,
        { path },
      );
    }
    const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      closeQuietly(db);
      return ok({ kind: 'damaged', reason: `integrity check failed: ${problems.join('; ')}` });
    }
    closeQuietly(db);
    return ok({ kind: 'usable', version });
  } catch (error) {
    closeQuietly(db);
    if (isCorruptionError(error)) {
      return ok({ kind: 'damaged', reason: error instanceof Error ? error.message : String(error) });
    }
    return { ok: false, error: fromSqliteError(error, `open the scenario library ${path}`) };
  }
}
