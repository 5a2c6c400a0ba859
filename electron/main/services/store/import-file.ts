import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import { describeFileFormatError, describeFileFormatWarning, parseScenarioFile } from '../../../../shared/file-format';
import type { ConflictPolicy, ImportReport, ImportWarning } from './import-scenarios';
import { importScenarios } from './import-scenarios';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail } from './store-error';

export interface ImportFileRequest {
  /** The file's text (the caller reads it: services take their IO as arguments). */
  readonly text: string;
  /** Named in every message and recorded as provenance. */
  readonly fileName: string;
  readonly onConflict: ConflictPolicy;
}

/**
 * Imports a `.chokepoint` file with one or many scenarios. A file that fails any check imports
 * nothing; the error (`invalid-input`) names the file, the JSON path and the problem, and carries the
 * parser's typed error in `details.fileFormatError` for the UI to translate.
 */
export function importScenarioFile(ctx: StoreContext, request: ImportFileRequest): StoreResult<ImportReport> {
  const parsed = parseScenarioFile(request.text, { fileName: request.fileName });
  if (!parsed.ok) {
    return fail('invalid-input', describeFileFormatError(parsed.error), { fileFormatError: parsed.error });
  }
  const file = parsed.value;
  const warnings: ImportWarning[] = file.warnings.map((warning) => ({
    kind: warning.kind,
    message: describeFileFormatWarning(warning, request.fileName),
  }));
  if (file.modelVersion !== MODEL_VERSION) {
    warnings.push({
      kind: 'model-version',
      message: `${request.fileName} was made with model version ${file.modelVersion}; this app runs model version ${MODEL_VERSION}, so results may differ from the author's.`,
    });
  }
  return importScenarios(
    ctx,
    file.scenarios,
    {
      fileName: request.fileName,
      ...(file.createdBy === undefined ? {} : { sourceAppVersion: file.createdBy.version }),
      ...(file.exportedAt === undefined ? {} : { exportedAt: file.exportedAt }),
      warnings,
    },
    request.onConflict,
  );
}
