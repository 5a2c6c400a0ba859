import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreError } from './store-error';
import { storeError } from './store-error';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * SQLite says only "unable to open database file" when the library or its folder cannot be written
 * (a read-only mount, a locked-down folder): it needs to create the WAL and shared-memory files next to
 * the library even to read it. When that is why, say so: "read-only", not a generic failure.
 */
export function readOnlyLocation(
  path: string,
  error: StoreError,
  isWritable: (path: string) => boolean = writable,
): StoreError | undefined {
  const code = (error.details as { sqliteCode?: string } | undefined)?.sqliteCode ?? '';
  if (!code.startsWith('SQLITE_CANTOPEN') && error.code !== 'io') return undefined;
  const folder = dirname(path);
  const blocked =
    existsSync(path) && !isWritable(path)
      ? path
      : existsSync(folder) && !isWritable(folder)
        ? folder
        : undefined;
  if (blocked === undefined) return undefined;
  return storeError(
    'read-only',
    `Could not open the scenario library ${path}: ${blocked === path ? 'the file' : 'its folder'} is read-only (the library needs to write next to itself, even to be read). Nothing was changed; copy it to a folder you can write to, or choose another path.`,
    { path, reason: error.message },
  );
}
