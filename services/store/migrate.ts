import type { Database } from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrationRun {
  readonly from: number;
  readonly to: number;
  /** Names of the migrations this call applied (none when another process got there first). */
  readonly applied: readonly string[];
}

/**
 * Brings the schema up to `target` (default: the newest), one transaction per migration with its
 * `user_version` bump inside it, so a crash leaves the database at the last completed version.
 * IMMEDIATE transactions and a re-read of the version make two processes opening the same old
 * database at once apply each migration exactly once. SQLite errors are thrown to the caller.
 */
export function migrate(
  db: Database,
  target: number = SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationRun {
  const from = schemaVersion(db);
  const applied: string[] = [];
  for (const migration of migrations) {
    if (migration.version > target) break;
    const step = db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return false;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
      return true;
    });
    if (step.immediate()) applied.push(migration.name);
  }
  return { from, to: schemaVersion(db), applied };
}
