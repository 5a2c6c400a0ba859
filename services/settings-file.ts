import { join } from 'node:path';
import type { ApiResult, Settings } from '../shared/api';
import { DEFAULT_SETTINGS, settingsSchema } from '../shared/api';
import { readJsonFile, writeJsonFile } from './json-file';
import { libraryPath } from './store/library-file';
import { describeWriteProblem, writeProblemCode } from './write-problem';

export const SETTINGS_FILE_NAME = 'settings.json';

/**
 * The user's preferences in `settings.json` beside the library. A missing or damaged file gives the
 * defaults (preferences are never worth refusing to start over); values that fail validation are
 * dropped one by one, keeping the rest.
 */
export function createSettingsFile(folder: string) {
  const path = join(folder, SETTINGS_FILE_NAME);
  const context = { library: libraryPath(folder), inputs: [] };
  const stored = readJsonFile(path);
  let current: Settings = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      const candidate = { ...current, [key]: value };
      if (settingsSchema.safeParse(candidate).success) current = candidate as Settings;
    }
  }
  return {
    path,
    get: (): Settings => current,
    update(patch: Partial<Settings>): ApiResult<Settings> {
      const next = settingsSchema.safeParse({ ...current, ...patch });
      if (!next.success)
        return {
          ok: false,
          error: { code: 'invalid-input', message: next.error.issues[0]?.message ?? 'Invalid settings.' },
        };
      const written = writeJsonFile(path, next.data, context);
      if (!written.ok) {
        return {
          ok: false,
          error: {
            code: writeProblemCode(written.error),
            message: describeWriteProblem(written.error, current.language),
            details: { path },
          },
        };
      }
      current = next.data;
      return { ok: true, value: current };
    },
  };
}

export type SettingsFile = ReturnType<typeof createSettingsFile>;
