import { posix, win32 } from 'node:path';
import { LIBRARY_FILE_NAME } from './store/library-file';

/** The folder name Electron derives from the app's product name. */
export const APP_FOLDER_NAME = 'Chokepoint Planner';

/** Environment variable that points the app and the CLI at another library file. */
export const DATABASE_PATH_VARIABLE = 'CHOKEPOINT_DB';

/** What the default paths depend on, passed in so every platform can be tested on any machine. */
export interface PathEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Electron's default `userData` folder (`app.getPath('userData')`) computed without Electron, so the
 * CLI finds the library the desktop app uses: Electron's `appData` plus the product name.
 */
export function defaultUserDataFolder({ env, platform, homedir }: PathEnvironment): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env.APPDATA) ?? win32.join(homedir, 'AppData', 'Roaming');
    return win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME);
  const config = nonEmpty(env.XDG_CONFIG_HOME) ?? posix.join(homedir, '.config');
  return posix.join(config, APP_FOLDER_NAME);
}

/** The library file: `$CHOKEPOINT_DB` when set, else `library.sqlite` in the app's user-data folder. */
export function defaultDatabasePath(environment: PathEnvironment): string {
  const override = nonEmpty(environment.env[DATABASE_PATH_VARIABLE]);
  if (override !== undefined) return override;
  const join = environment.platform === 'win32' ? win32.join : posix.join;
  return join(defaultUserDataFolder(environment), LIBRARY_FILE_NAME);
}
