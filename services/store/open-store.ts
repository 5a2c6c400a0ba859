import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ok } from '../../shared/result';
import { newestBackup, takeBackup } from './backup';
import { configureConnection, DEFAULT_BUSY_TIMEOUT_MS, openConnection } from './connection';
import type { ConnectionOptions } from './connection';
import type { Inspection } from './inspect-database';
import { inspectDatabase, notALibrary } from './inspect-database';
import { libraryFileKind } from './library-file-kind';
import type { LibraryFileKind } from './library-file-kind';
import { APPLICATION_ID } from './library-identity';
import { PATH_KIND_NOUNS } from '../path-kind';
import { migrate } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import { moveAside } from './quarantine';
import type { StoreResult } from './store-error';
import { fail, fromSqliteError, guard } from './store-error';
import { readOnlyLocation } from './read-only-location';

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
 * A library newer than the app, an SQLite file that is not a library (another program's, whatever its
 * `user_version`: no WAL switch, no migration, no backup), a file that is not an SQLite database at all
 * (a scenario file given as the library by mistake), a zero-byte file and anything that is not a regular
 * file (a folder, a FIFO, a device: never opened) are refused untouched; only a library that fails its
 * checks is set aside (copied byte for byte first). Every library opened is stamped with the app's
 * mark (`application_id`). A read-only location is named as such.
 */
export function openStore(options: OpenStoreOptions): StoreResult<OpenedStore> {
  const opened = openOrRefuse(options);
  if (opened.ok || opened.error.code === 'read-only') return opened;
  const readOnly = readOnlyLocation(options.path, opened.error);
  return readOnly ? { ok: false, error: readOnly } : opened;
}

function readIfPresent(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

function openOrRefuse(options: OpenStoreOptions): StoreResult<OpenedStore> {
  const { path } = options;
  const now = options.now ?? (() => new Date());
  const connection: ConnectionOptions = {
    busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  };
  let file: LibraryFileKind;
  try {
    file = libraryFileKind(path);
  } catch (error) {
    return { ok: false, error: fromSqliteError(error, `open the scenario library ${path}`) };
  }
  const kind = file.kind;
  if (file.kind === 'not-a-file') {
    return fail(
      'invalid-input',
      `${path} is ${PATH_KIND_NOUNS.en[file.what]}, not a scenario library; nothing was changed.`,
      { path },
    );
  }
  // Another program's mark, read from the header without SQLite: refused before any connection.
  if (file.kind === 'sqlite' && file.applicationId !== 0 && file.applicationId !== APPLICATION_ID)
    return notALibrary(path);
  if (kind === 'not-sqlite') {
    return fail(
      'invalid-input',
      `${path} is not a scenario library (not an SQLite database); to add the scenarios of a .chokepoint file to a library, use \`chokepoint import FILE\`. Nothing was changed.`,
      { path },
    );
  }
  if (kind === 'empty') {
    return fail(
      'invalid-input',
      `${path} is an empty file (0 bytes), not a scenario library. Nothing was changed: delete it to start a new library there, or choose another path.`,
      { path },
    );
  }
  if (kind === 'missing') {
    if (options.mustExist) return fail('not-found', `There is no scenario library at ${path}.`, { path });
    const made = guard('create the library folder', () => ok(mkdirSync(dirname(path), { recursive: true })));
    if (!made.ok) return made;
  }
  // The shared-memory index as found (it is small): a read-only inspection may rewrite it.
  const sharedMemory = kind === 'sqlite' ? readIfPresent(`${path}-shm`) : undefined;
  const inspected: StoreResult<Inspection> =
    kind === 'missing'
      ? ok({ kind: 'usable', version: 0, stamped: false })
      : inspectDatabase(path, connection, file.kind === 'sqlite' && file.applicationId === APPLICATION_ID);
  if (!inspected.ok) return inspected;

  let db: Database;
  let version: number;
  let recovered: OpenOutcome | null = null;
  if (inspected.value.kind === 'damaged') {
    const { reason } = inspected.value;
    const moved = guard('move the damaged library aside', () => ok(moveAside(path, now(), sharedMemory)));
    if (!moved.ok) return moved;
    recovered = { kind: 'recovered', reason, movedTo: moved.value, newestBackup: newestBackup(path) };
    const fresh = guard('create a new library', () => ok(openConnection(path, connection)));
    if (!fresh.ok) return fresh;
    db = fresh.value;
    version = 0;
  } else {
    const writer = guard(`open the scenario library ${path}`, () => ok(openConnection(path, connection)));
    if (!writer.ok) return writer;
    db = writer.value;
    version = inspected.value.version;
  }

  const prepared = guard('prepare the scenario library', () => {
    configureConnection(db);
    // The mark goes on at the first write: a library from before marks is recognised by its schema once.
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      db.pragma(`application_id = ${APPLICATION_ID}`);
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
