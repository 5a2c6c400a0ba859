import { basename, join } from 'node:path';
import type { RecentFile } from '../shared/api';
import { recentFileSchema } from '../shared/api';
import { readJsonFile, writeJsonFile } from './json-file';
import { libraryPath } from './store/library-file';

export const RECENT_FILES_NAME = 'recent-files.json';
export const MAX_RECENT_FILES = 10;

/** Files the user opened or imported, newest first; the menu's Open Recent and the library show them. */
export function createRecentFiles(folder: string, now: () => Date = () => new Date()) {
  const path = join(folder, RECENT_FILES_NAME);
  const context = { library: libraryPath(folder), inputs: [] };
  const stored = readJsonFile(path);
  let entries: RecentFile[] = Array.isArray(stored)
    ? stored.filter((entry) => recentFileSchema.safeParse(entry).success)
    : [];
  return {
    list: (): RecentFile[] => [...entries],
    /** Only paths in the list may be reopened: the page never names arbitrary files to read. */
    has: (filePath: string): boolean => entries.some((entry) => entry.path === filePath),
    add(filePath: string): void {
      entries = [
        { path: filePath, name: basename(filePath), openedAt: now().toISOString() },
        ...entries.filter((e) => e.path !== filePath),
      ].slice(0, MAX_RECENT_FILES);
      // The list is a convenience: failing to save it must not fail the open that triggered it.
      writeJsonFile(path, entries, context);
    },
    clear(): void {
      entries = [];
      writeJsonFile(path, entries, context);
    },
  };
}

export type RecentFiles = ReturnType<typeof createRecentFiles>;
