import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

const BACKUP_PATTERN = /^(.+)\.v(\d+)\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.backup$/;

/** A timestamp that sorts as text and is a valid file name on every OS (no colons). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `library.sqlite` at version 2 → `library.sqlite.v2.2026-11-28T10-00-00-000Z.backup`. */
export function backupPath(databasePath: string, version: number, at: Date): string {
  return `${databasePath}.v${version}.${fileTimestamp(at)}.backup`;
}

/**
 * Copies the database before a migration. `VACUUM INTO` writes a consistent snapshot (it reads in
 * one transaction, so a concurrent writer cannot tear it), includes what is still in the WAL, and is
 * synchronous, unlike `db.backup()`; a plain file copy would miss the WAL.
 */
export function takeBackup(db: Database, databasePath: string, version: number, at: Date): string {
  const target = backupPath(databasePath, version, at);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** The most recent backup of this database in its folder, or null. */
export function newestBackup(databasePath: string): string | null {
  const folder = dirname(databasePath);
  const own = basename(databasePath);
  let best: { stamp: string; name: string } | null = null;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return null;
  }
  for (const name of names) {
    const match = BACKUP_PATTERN.exec(name);
    if (!match || match[1] !== own) continue;
    const stamp = match[3] ?? '';
    if (best === null || stamp > best.stamp) best = { stamp, name };
  }
  return best === null ? null : join(folder, best.name);
}
