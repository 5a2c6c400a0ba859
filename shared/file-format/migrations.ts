import type { Result } from '../result';
import { err, ok } from '../result';
import { FORMAT_VERSION } from './constants';
import type { FileFormatError } from './file-format-error';

type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Upgrades a whole document by one format version. It gets the parsed envelope (plain, safe JSON with
 * the right format name) and returns the upgraded one, or the reason it cannot. Migrations never
 * touch the file on disk: the upgraded scenarios are saved in the new version when exported.
 */
export type Migration = (document: JsonObject) => Result<JsonObject, string>;

/** `migrations[n]` upgrades format version n to n + 1. Empty while version 1 is the only version. */
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationRegistry = {};

/** Runs the migrations from `from` up to `to`, one version at a time, stamping each new version. */
export function migrateDocument(
  document: JsonObject,
  from: number,
  migrations: MigrationRegistry = MIGRATIONS,
  to: number = FORMAT_VERSION,
): Result<JsonObject, FileFormatError> {
  let current = document;
  for (let version = from; version < to; version++) {
    const migration = migrations[version];
    if (migration === undefined) {
      return err({ kind: 'format-version-unsupported', path: ['formatVersion'], found: from, supported: to });
    }
    let migrated: Result<JsonObject, string>;
    try {
      migrated = migration(current);
    } catch (error) {
      // A migration is our code, but an unforeseen old file must still end in a message, not a crash.
      migrated = err(error instanceof Error ? error.message : String(error));
    }
    if (!migrated.ok) {
      return err({
        kind: 'migration-failed',
        path: [],
        from: version,
        to: version + 1,
        reason: migrated.error,
      });
    }
    current = { ...migrated.value, formatVersion: version + 1 };
  }
  return ok(current);
}
