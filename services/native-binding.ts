import { join } from 'node:path';
import type { Result } from '../shared/result';
import { err, ok } from '../shared/result';

/** The command that fetches the Electron-ABI build (scripts/build-electron-native.mjs). */
export const NATIVE_BUILD_COMMAND = 'npm run native:electron';

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

/**
 * Where the running app is. node_modules/better-sqlite3 stays built for Node (tests, CLI); the app
 * loads its own Electron-ABI copy from a separate folder through better-sqlite3's `nativeBinding`.
 */
export type NativeBindingSite =
  /** Development: `<appRoot>/.native/electron-<version>/better_sqlite3.node`. */
  | { readonly packaged: false; readonly appRoot: string; readonly electronVersion: string }
  /** Packaged: shipped as an extra resource, `<resourcesPath>/native/better_sqlite3.node`. */
  | { readonly packaged: true; readonly resourcesPath: string; readonly electronVersion: string };

export interface NativeBindingError {
  readonly code: 'native-binding-missing';
  readonly message: string;
  readonly details: { readonly path: string; readonly electronVersion: string };
}

export function electronNativeBindingPath(site: NativeBindingSite): string {
  return site.packaged
    ? join(site.resourcesPath, 'native', NATIVE_BINDING_FILE)
    : join(site.appRoot, '.native', `electron-${site.electronVersion}`, NATIVE_BINDING_FILE);
}

export function missingBindingMessage(site: NativeBindingSite, path: string): string {
  if (site.packaged) {
    return `Chokepoint Planner's database engine is missing from this installation (${path}). Reinstall the app.`;
  }
  return (
    `The database engine built for Electron ${site.electronVersion} is missing (${path}). ` +
    `Run ${NATIVE_BUILD_COMMAND} (node scripts/build-electron-native.mjs) once with network access, then start the app again. ` +
    `Tests and the CLI do not need it: they use node_modules/better-sqlite3, built for Node.`
  );
}

/**
 * The path to pass as better-sqlite3's `nativeBinding`, or a clear error when the Electron-ABI
 * build is absent (loading Node's build in Electron would crash with an ABI mismatch instead).
 */
export function resolveElectronNativeBinding(
  site: NativeBindingSite,
  exists: (path: string) => boolean,
): Result<string, NativeBindingError> {
  const path = electronNativeBindingPath(site);
  if (exists(path)) return ok(path);
  return err({
    code: 'native-binding-missing',
    message: missingBindingMessage(site, path),
    details: { path, electronVersion: site.electronVersion },
  });
}
