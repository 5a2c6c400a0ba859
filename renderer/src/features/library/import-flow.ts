import type { ImportPreviewItem } from '../../api-types';
import type { ImportDecision } from './ConflictDialog';
import type { FileText } from '../../api-types';
import { call } from '../../api';
import type { AppStore } from '../../store/create-store';

/** Asks the user what to do with each scenario that matches one in the library; null cancels the file. */
export type AskConflicts = (
  fileName: string,
  conflicts: readonly ImportPreviewItem[],
) => Promise<ImportDecision | null>;

/** Reads dropped or chosen files as text. */
export async function readFiles(files: readonly File[]): Promise<FileText[]> {
  return Promise.all(files.map(async (file) => ({ fileName: file.name, text: await file.text() })));
}

/**
 * Imports files one by one: a preview first, so that conflicts are asked about and never overwritten
 * silently; a refused file imports nothing and its error (file, place, problem) is shown.
 */
export async function importFiles(
  store: AppStore,
  files: readonly FileText[],
  ask: AskConflicts,
): Promise<void> {
  const { setImportOutcome } = store.getState();
  for (const file of files) {
    const preview = await call('previewImport', file);
    if (!preview.ok) {
      setImportOutcome({ error: { fileName: file.fileName, error: preview.error } });
      continue;
    }
    const conflicts = preview.value.filter(
      (item) => item.status === 'conflict' || item.status === 'name-clash',
    );
    const decision = conflicts.length > 0 ? await ask(file.fileName, conflicts) : { choices: {} };
    if (decision === null) continue;
    const report = await call('importFile', {
      ...file,
      onConflict: 'skip',
      choices: { ...decision.choices },
    });
    if (report.ok) setImportOutcome({ report: report.value });
    else setImportOutcome({ error: { fileName: file.fileName, error: report.error } });
  }
  await store.getState().refreshLibrary();
}

/**
 * Files from the desktop's open dialog; null where there is none (a browser), so that the caller
 * opens a file input instead.
 */
export async function pickFilesNatively(store: AppStore): Promise<readonly FileText[] | null> {
  const picked = await call('openScenarioFiles', {});
  if (picked.ok) return picked.value;
  if (picked.error.code === 'not-available') return null;
  if (picked.error.code !== 'cancelled')
    store
      .getState()
      .notify({ tone: 'error', kind: 'api', context: 'library.error.open', error: picked.error });
  return [];
}
