import { join } from 'node:path';
import type { AppInfo, StartupNotice } from '../../shared/api';
import { PRESETS } from '../../shared/catalogue';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { FORMAT_VERSION } from '../../shared/file-format';
import type { DesktopOperations, HandlerTable } from './handlers/handler-table';
import { createHandlerTable } from './handlers/handler-table';
import type { RecentFiles } from '../../services/recent-files';
import { createRecentFiles } from '../../services/recent-files';
import { createSettingsFile } from '../../services/settings-file';
import type { SettingsFile } from '../../services/settings-file';
import { LIBRARY_FILE_NAME } from '../../services/store/library-file';
import { openStore } from '../../services/store/open-store';
import type { ScenarioLibrary } from '../../services/store/scenario-library';
import { createScenarioLibrary } from '../../services/store/scenario-library';
import type { StoreError } from '../../services/store/store-error';
import { createStoreContext } from '../../services/store/store-context';
import { createWorkerParser } from '../../services/parse-worker/file-parser';
import { useNativeSha256 } from '../../services/native-sha256';

export interface AppServicesOptions {
  /** The folder holding the library, settings and recent files (Electron's userData, or a temp folder). */
  readonly dataDir: string;
  readonly appName: string;
  readonly appVersion: string;
  readonly platform: string;
  readonly nativeBinding?: string;
  readonly now?: () => Date;
  /** Builds the desktop-only operations (absent in the preview) once the recent-files list exists. */
  readonly desktop?: (context: { readonly recentFiles: RecentFiles }) => DesktopOperations;
  /** Told after the user changed a setting (the desktop app rebuilds its menu in the new language). */
  readonly onSettingsChanged?: () => void;
}

export interface AppServices {
  readonly table: HandlerTable;
  readonly library: ScenarioLibrary;
  readonly settings: SettingsFile;
  readonly recentFiles: RecentFiles;
  readonly notices: readonly StartupNotice[];
  close(): void;
}

/**
 * Opens everything the main process serves, without Electron: the library (created, migrated or
 * recovered; seeded with the built-in examples when new), settings and recent files, and the handler
 * table over them. The desktop app and the preview server both start here.
 */
export function startAppServices(
  options: AppServicesOptions,
): { ok: true; value: AppServices } | { ok: false; error: StoreError } {
  useNativeSha256();
  const now = options.now ?? (() => new Date());
  const libraryPath = join(options.dataDir, LIBRARY_FILE_NAME);
  const opened = openStore({ path: libraryPath, now, nativeBinding: options.nativeBinding });
  if (!opened.ok) return opened;
  const { db, outcome } = opened.value;
  const settings = createSettingsFile(options.dataDir);
  // "Your name" goes on every revision; the language decides how clashing names are told apart.
  const identity = () => {
    const { author, language } = settings.get();
    return { author, language };
  };
  const library = createScenarioLibrary(
    createStoreContext(db, { appVersion: options.appVersion, now, identity }),
  );
  const notices: StartupNotice[] = [];
  if (outcome.kind === 'recovered')
    notices.push({
      kind: 'library-recovered',
      reason: outcome.reason,
      movedTo: outcome.movedTo,
      newestBackup: outcome.newestBackup,
    });
  if (outcome.kind === 'migrated')
    notices.push({ kind: 'library-migrated', from: outcome.from, to: outcome.to, backup: outcome.backup });
  if (outcome.kind === 'created' || outcome.kind === 'recovered') {
    const seeded = library.seedExamples(PRESETS);
    // Only when examples were actually added now (not on every start, not when seeded before).
    if (seeded.ok && seeded.value.seeded > 0)
      notices.push({ kind: 'examples-seeded', count: seeded.value.seeded });
  }
  const recentFiles = createRecentFiles(options.dataDir, now);
  const appInfo = (): AppInfo => ({
    name: options.appName,
    version: options.appVersion,
    modelVersion: MODEL_VERSION,
    formatVersion: FORMAT_VERSION,
    platform: options.platform,
    libraryPath,
    // Each startup notice is told once: a reloaded page must not announce the examples again.
    notices: notices.splice(0),
  });
  const notifyingSettings = {
    get: settings.get,
    update: (patch: Parameters<SettingsFile['update']>[0]) => {
      const updated = settings.update(patch);
      if (updated.ok) options.onSettingsChanged?.();
      return updated;
    },
  };
  // Imported files are parsed in a worker thread with memory and time limits.
  const parser = createWorkerParser();
  const table = createHandlerTable({
    library,
    appVersion: options.appVersion,
    now,
    settings: notifyingSettings,
    recentFiles,
    appInfo,
    desktop: options.desktop?.({ recentFiles }),
    parseFile: parser.parse,
  });
  const startupNotices = [...notices];
  const close = (): void => {
    void parser.close();
    db.close();
  };
  return { ok: true, value: { table, library, settings, recentFiles, notices: startupNotices, close } };
}
