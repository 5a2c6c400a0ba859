import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileTimestamp } from './backup';

/** `library.sqlite` → `library.sqlite.damaged.2026-11-28T10-00-00-000Z`. */
export function quarantinePath(databasePath: string, at: Date): string {
  return `${databasePath}.damaged.${fileTimestamp(at)}`;
}

const COMPANIONS = ['-wal', '-shm'] as const;

/**
 * Sets a damaged database aside, never deleting what it held: someone may still recover data from
 * it. The database and its WAL and shared-memory files are first copied byte for byte under matching
 * names (the WAL may hold the newest saves, and SQLite finds it by appending `-wal` to the database's
 * name), before anything has opened them for writing (a closing connection would merge the WAL into
 * the damaged file); only then are the originals removed, so a new library can start in their place.
 */
export function moveAside(databasePath: string, at: Date, sharedMemoryBefore?: Buffer): string {
  const target = quarantinePath(databasePath, at);
  const present = ['', ...COMPANIONS].filter((suffix) => existsSync(databasePath + suffix));
  for (const suffix of present) {
    // The shared-memory index is rewritten by any reader, even a read-only one: keep it as it was.
    if (suffix === '-shm' && sharedMemoryBefore) writeFileSync(target + suffix, sharedMemoryBefore);
    else copyFileSync(databasePath + suffix, target + suffix);
  }
  for (const suffix of present) rmSync(databasePath + suffix);
  return target;
}
