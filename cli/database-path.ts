import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { defaultDatabasePath } from '../services/default-paths';
import type { CliIo } from './io';

/** `--db` (or `$CHOKEPOINT_DB`), resolved against the working folder, else the desktop app's own library. */
export function databasePath(option: string | undefined, io: CliIo): string {
  return resolve(
    io.cwd,
    option ?? defaultDatabasePath({ env: io.env, platform: process.platform, homedir: homedir() }),
  );
}
