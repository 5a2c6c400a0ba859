import type { OpenOutcome } from '../../services/store/open-store';
import { openStore } from '../../services/store/open-store';
import type { ScenarioLibrary } from '../../services/store/scenario-library';
import { createScenarioLibrary } from '../../services/store/scenario-library';
import type { StoreError } from '../../services/store/store-error';
import { createStoreContext } from '../../services/store/store-context';
import { APP_VERSION } from '../app-version';
import type { CliIo } from '../io';

export interface LibrarySession {
  readonly path: string;
  readonly library: ScenarioLibrary;
  close(): void;
}

export { databasePath } from '../database-path';

function describeOutcome(outcome: OpenOutcome, path: string): string | null {
  switch (outcome.kind) {
    case 'created':
    case 'opened':
      return null;
    case 'migrated':
      return `note: upgraded the library ${path} from version ${outcome.from} to ${outcome.to}; the old file was copied to ${outcome.backup}`;
    case 'recovered': {
      const backup = outcome.newestBackup === null ? '' : ` The newest backup is ${outcome.newestBackup}.`;
      return `warning: the library ${path} was damaged (${outcome.reason}); it was moved to ${outcome.movedTo} and a new, empty library was created.${backup}`;
    }
  }
}

/** Opens the library for one command, telling the user on stderr about upgrades and recoveries. */
export function openLibrarySession(
  path: string,
  io: CliIo,
  options: { readonly mustExist: boolean; readonly author?: string },
): { ok: true; value: LibrarySession } | { ok: false; error: StoreError } {
  io.files?.noteLibrary(path);
  const opened = openStore({ path, mustExist: options.mustExist });
  if (!opened.ok) return opened;
  const notice = describeOutcome(opened.value.outcome, path);
  if (notice !== null) io.stderr(`${notice}\n`);
  const { db } = opened.value;
  // The CLI speaks English; the author ("Your name" in the app) is recorded on the revisions it writes.
  const identity = { author: options.author ?? '', language: 'en' as const };
  const library = createScenarioLibrary(
    createStoreContext(db, { appVersion: APP_VERSION, identity: () => identity }),
  );
  return { ok: true, value: { path, library, close: () => db.close() } };
}
