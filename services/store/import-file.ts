import { MODEL_VERSION } from '../../shared/engine/model-version';
import {
  describeFileFormatError,
  describeFileFormatWarning,
  parseScenarioFile,
} from '../../shared/file-format';
import type { ConflictPolicy, ImportReport, ImportStatus, ImportWarning } from './import-scenarios';
import { classifyImport, importScenarios } from './import-scenarios';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';
import { ok } from '../../shared/result';

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

export interface ImportPreviewItem {
  readonly id: string;
  readonly name: string;
  readonly status: ImportStatus;
}

/**
 * What importing the file would do to each of its scenarios, without writing: the UI asks the user
 * about conflicts (keep both, replace, skip) from this, and the CLI refuses to guess.
 */
export function previewScenarioFile(
  ctx: StoreContext,
  request: Omit<ImportFileRequest, 'onConflict'>,
): StoreResult<ImportPreviewItem[]> {
  const parsed = parseScenarioFile(request.text, { fileName: request.fileName });
  if (!parsed.ok) {
    return fail('invalid-input', describeFileFormatError(parsed.error), { fileFormatError: parsed.error });
  }
  const { scenarios } = parsed.value;
  return guard('compare the file with the library', () => {
    const statuses = classifyImport(ctx, scenarios);
    return ok(
      scenarios.map((scenario, index) => ({
        id: scenario.id,
        name: scenario.name,
        status: statuses[index] ?? 'new',
      })),
    );
  });
}
