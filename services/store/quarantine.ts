import { existsSync, renameSync } from 'node:fs';
import { fileTimestamp } from './backup';

/** `library.sqlite` → `library.sqlite.damaged.2026-11-28T10-00-00-000Z`. */
export function quarantinePath(databasePath: string, at: Date): string {
  return `${databasePath}.damaged.${fileTimestamp(at)}`;
}

/**
 * Moves a damaged database aside, never deleting it: someone may still recover data from it. The
 * WAL and shared-memory files move with it under matching names, because the WAL may hold the
 * newest saves and SQLite finds it by appending `-wal` to the database's name.
 */
export function moveAside(databasePath: string, at: Date): string {
  const target = quarantinePath(databasePath, at);
  renameSync(databasePath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, target + suffix);
  }
  return target;
}
