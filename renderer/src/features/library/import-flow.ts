import type { ImportPreviewItem, PackageConflictPolicy, PackagePreviewItem } from '../../api-types';
import type { ImportDecision } from './ConflictDialog';
import type { FileText } from '../../api-types';
import { call } from '../../api';
import type { AppStore } from '../../store/create-store';
import type { ApiError, ApiResult } from '../../../../shared/api/api-result';
import type { FileFormatError } from '../../../../shared/file-format';
// The file format's own modules, not its index: the page must not build the reader's schemas.
import { checkEncoding } from '../../../../shared/file-format/check-encoding';
import { refusedFileError } from '../../../../shared/file-format/refused-file-error';
import { FILE_LIMITS } from '../../../../shared/file-format/limits';

/** Asks the user what to do with each scenario that matches one in the library; null cancels the file. */
export type AskConflicts = (
  fileName: string,
  conflicts: readonly ImportPreviewItem[],
) => Promise<ImportDecision | null>;

/** Asks what to do with each restriction package the library holds with other levels; null cancels the file. */
export type AskPackageConflicts = (
  fileName: string,
  conflicts: readonly PackagePreviewItem[],
) => Promise<Readonly<Record<string, PackageConflictPolicy>> | null>;

/** A dropped file refused before its text went anywhere: too large, or not UTF-8. */
export interface RefusedFile {
  readonly fileName: string;
  readonly refused: ApiError;
}

function refusal(fileName: string, error: FileFormatError): RefusedFile {
  return { fileName, refused: refusedFileError(error, fileName) };
}

/**
 * Reads dropped or chosen files as text, by the reader's rules: at most FILE_LIMITS.bytes, and strictly
 * UTF-8 (a bad byte is refused with its offset, a UTF-16 file named), never decoded with replacement
 * characters that would then be imported as if the author had written them.
 */
export async function readFiles(files: readonly File[]): Promise<(FileText | RefusedFile)[]> {
  return Promise.all(
    files.map(async (file): Promise<FileText | RefusedFile> => {
      if (file.size > FILE_LIMITS.bytes)
        return refusal(file.name, {
          kind: 'too-large',
          path: [],
          bytes: file.size,
          limit: FILE_LIMITS.bytes,
        });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const start = checkEncoding(bytes);
      if (!start.ok) return refusal(file.name, start.error);
      return { fileName: file.name, text: new TextDecoder().decode(bytes.subarray(start.value)) };
    }),
  );
}

/** The main process no longer keeps the file's preview (it answers so for an expired token). */
function previewDropped(result: ApiResult<unknown>): boolean {
  if (result.ok || result.error.code !== 'not-found') return false;
  const details = result.error.details as { readonly importToken?: unknown } | undefined;
  return details?.importToken === 'expired';
}

/**
 * Imports files one by one: a preview first, so that conflicts are asked about and never overwritten
 * silently; a refused file imports nothing and its error (file, place, problem) is shown.
 */
export async function importFiles(
  store: AppStore,
  files: readonly (FileText | RefusedFile)[],
  ask: AskConflicts,
  askPackages: AskPackageConflicts,
): Promise<void> {
  const { setImportOutcome } = store.getState();
  for (const file of files) {
    if ('refused' in file) {
      setImportOutcome({ error: { fileName: file.fileName, error: file.refused } });
      continue;
    }
    // Parsed once, in the main process's parse worker: the import names the preview by its token.
    const preview = await call('previewImportFile', file);
    if (!preview.ok) {
      setImportOutcome({ error: { fileName: file.fileName, error: preview.error } });
      continue;
    }
    const { token, scenarios, packages } = preview.value;
    // The file's restriction packages first: its scenarios apply whichever the user keeps.
    const packageConflicts = packages.filter((item) => item.status === 'conflict');
    const packageChoices =
      packageConflicts.length > 0 ? await askPackages(file.fileName, packageConflicts) : {};
    if (packageChoices === null) continue;
    const conflicts = scenarios.filter((item) => item.status === 'conflict' || item.status === 'name-clash');
    const decision = conflicts.length > 0 ? await ask(file.fileName, conflicts) : { choices: {} };
    if (decision === null) continue;
    const choices = {
      fileName: file.fileName,
      onConflict: 'skip',
      choices: { ...decision.choices },
      packageChoices: { ...packageChoices },
    } as const;
    const byToken = await call('importFile', { ...choices, token });
    // A preview kept too long (the dialogs left open) is dropped: the text, which the page still has, goes instead.
    const report = previewDropped(byToken)
      ? await call('importFile', { ...choices, text: file.text })
      : byToken;
    if (report.ok) setImportOutcome({ report: report.value });
    else setImportOutcome({ error: { fileName: file.fileName, error: report.error } });
  }
  await Promise.all([store.getState().refreshLibrary(), store.getState().refreshPackages()]);
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
