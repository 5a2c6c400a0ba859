import { join } from 'node:path';

/** The library's file name inside the app's user-data folder. */
export const LIBRARY_FILE_NAME = 'library.sqlite';

export function libraryPath(folder: string): string {
  return join(folder, LIBRARY_FILE_NAME);
}
