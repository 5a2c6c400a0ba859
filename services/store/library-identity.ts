import type { Database } from 'better-sqlite3';
import type { ConnectionOptions } from './connection';
import { openConnection } from './connection';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

/**
 * The library's mark in SQLite's header (`PRAGMA application_id`, a 32-bit number an app sets to say a
 * database is its own): "CPLN" in ASCII, Chokepoint PLaNner. Every library this app opens is stamped;
 * a database marked by any other app is never opened for writing.
 */
export const APPLICATION_ID = 0x43504c4e;

/** The tables, indexes and columns of a database, in a stable order: equal texts, equal schemas. */
export function schemaSignature(db: Database): string {
  const objects = db
    .prepare(
      "SELECT type, name, tbl_name AS tableName FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; tableName: string }[];
  return JSON.stringify(
    objects.map((object) =>
      object.type === 'table'
        ? {
            ...object,
            columns: db
              .prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?)`)
              .all(object.name),
          }
        : object,
    ),
  );
}

const expected = new Map<number, string>();

/**
 * The schema the migrations themselves give at `version`, built once per version in a database in
 * memory: a library is recognised by what its own migrations made, so a new migration needs no
 * snapshot here.
 */
export function expectedSchema(version: number, options: ConnectionOptions): string {
  let signature = expected.get(version);
  if (signature === undefined) {
    const db = openConnection(':memory:', options);
    try {
      migrate(db, version, MIGRATIONS);
      signature = schemaSignature(db);
    } finally {
      db.close();
    }
    expected.set(version, signature);
  }
  return signature;
}

/** Whether a database holds nothing at all (a file SQLite made but nobody filled: a new library). */
export function isBlank(db: Database): boolean {
  return (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n === 0;
}
