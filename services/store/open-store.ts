import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ok } from '../../shared/result';
import { newestBackup, takeBackup } from './backup';
import { configureConnection, DEFAULT_BUSY_TIMEOUT_MS, openConnection } from './connection';
import type { ConnectionOptions } from './connection';
import { inspectDatabase } from './inspect-database';
import { migrate } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import { moveAside } from './quarantine';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';

/** What opening did, so the app can tell the user about anything unusual. */
export type OpenOutcome =
  | { readonly kind: 'created' }
  | { readonly kind: 'opened' }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number; readonly backup: string }
  | {
      readonly kind: 'recovered';
      /** Why the old file could not be used. */
      readonly reason: string;
      /** Where the damaged file now is (never deleted). */
      readonly movedTo: string;
      /** The newest pre-migration backup in the folder, the best place to recover from. */
      readonly newestBackup: string | null;
    };

export interface OpenedStore {
  readonly db: Database;
  readonly path: string;
  readonly outcome: OpenOutcome;
}

export interface OpenStoreOptions {
  /** The database file; its folder also receives backups and damaged files. */
  readonly path: string;
  readonly now?: () => Date;
  readonly busyTimeoutMs?: number;
  readonly nativeBinding?: string;
  /** Refuse (`not-found`) instead of creating a library that does not exist yet. */
  readonly mustExist?: boolean;
}

/**
 * Opens (creating, migrating or recovering as needed) the scenario library at `options.path`.
 * A library newer than the app, or an SQLite file that is not a library, is refused untouched.
 */
export function openStore(options: OpenStoreOptions): StoreResult<OpenedStore> {
  const { path } = options;
  const now = options.now ?? (() => new Date());
  const connection: ConnectionOptions = {
    busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  };
  if (!existsSync(path)) {
    if (options.mustExist) return fail('not-found', `There is no scenario library at ${path}.`, { path });
    const made = guard('create the library folder', () => ok(mkdirSync(dirname(path), { recursive: true })));
    if (!made.ok) return made;
  }
  const inspected = inspectDatabase(path, connection);
  if (!inspected.ok) return inspected;

  let db: Database;
  let version: number;
  let recovered: OpenOutcome | null = null;
  if (inspected.value.kind === 'damaged') {
    const { reason } = inspected.value;
    const moved = guard('move the damaged library aside', () => ok(moveAside(path, now())));
    if (!moved.ok) return moved;
    recovered = { kind: 'recovered', reason, movedTo: moved.value, newestBackup: newestBackup(path) };
    const fresh = guard('create a new library', () => ok(openConnection(path, connection)));
    if (!fresh.ok) return fresh;
    db = fresh.value;
    version = 0;
  } else {
    db = inspected.value.db;
    version = inspected.value.version;
  }

  const prepared = guard('prepare the scenario library', () => {
    configureConnection(db);
    if (version === SCHEMA_VERSION) return ok<OpenOutcome>(recovered ?? { kind: 'opened' });
    // A new, empty database has nothing to lose; anything older gets a copy first.
    const backup = version > 0 ? takeBackup(db, path, version, now()) : null;
    const run = migrate(db);
    if (recovered) return ok(recovered);
    if (backup === null) return ok<OpenOutcome>({ kind: 'created' });
    return ok<OpenOutcome>({ kind: 'migrated', from: run.from, to: run.to, backup });
  });
  if (!prepared.ok) {
    db.close();
    return prepared;
  }
  return ok({ db, path, outcome: prepared.value });
}
