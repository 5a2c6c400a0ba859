import Database from 'better-sqlite3';
import { join } from 'node:path';
import { migrate } from '../../services/store/migrate';

/** A real database file migrated to exactly `version`, ready to be seeded the way that version wrote. */
export function databaseAtVersion(folder: string, version: number): Database.Database {
  const db = new Database(join(folder, 'library.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}
