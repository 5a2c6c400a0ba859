import { MODEL_VERSION } from '../../shared/engine/model-version';
import { describeFileFormatWarning, parseScenarioFile, refusedFileError } from '../../shared/file-format';
import type { ScenarioFile } from '../../shared/file-format';
import type { MergeConflict } from '../../shared/history/merge-scenarios';
import type { ScenarioChange } from '../../shared/history/scenario-changes';
import { err, ok } from '../../shared/result';
import type { ImportStatus, MergeUnavailable } from './import-match';
import { matchImport } from './import-match';
import type { ConflictPolicy, ImportChoices, ImportReport, ImportWarning } from './import-scenarios';
import { importScenarios } from './import-scenarios';
import type { PackagePreviewItem } from './import-packages';
import { previewPackages } from './import-packages';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { guard } from './store-error';

/** A file to preview or import: its text, or the file already parsed (off the main thread, by the caller). */
export type FileToRead = {
  /** Named in every message and recorded as provenance. */
  readonly fileName: string;
} & (
  | {
      /** The file's text (the caller reads it: services take their IO as arguments). */
      readonly text: string;
      readonly parsed?: undefined;
    }
  | { readonly parsed: ScenarioFile; readonly text?: string }
);

export type ImportFileRequest = Omit<ImportChoices, 'policy'> &
  FileToRead & {
    readonly onConflict: ConflictPolicy;
  };

function parse(request: FileToRead): StoreResult<ScenarioFile> {
  const parsed =
    request.parsed !== undefined
      ? ok(request.parsed)
      : parseScenarioFile(request.text, { fileName: request.fileName });
  return parsed.ok ? ok(parsed.value) : err(refusedFileError(parsed.error));
}

/**
 * Imports a `.chokepoint` file with one or many scenarios. A file that fails any check imports
 * nothing; the error (`invalid-input`) names the file, the JSON path and the problem, and carries the
 * parser's typed error in `details.fileFormatError` for the UI to translate.
 */
export function importScenarioFile(ctx: StoreContext, request: ImportFileRequest): StoreResult<ImportReport> {
  const parsed = parse(request);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const warnings: ImportWarning[] = file.warnings.map((warning) => ({
    kind: warning.kind,
    message: describeFileFormatWarning(warning, request.fileName),
  }));
  if (file.modelVersion !== MODEL_VERSION) {
    warnings.push({
      kind: 'model-version',
      message: `${request.fileName} was authored under model version ${file.modelVersion}; this app runs model version ${MODEL_VERSION}, so its results differ from the author's. \`chokepoint run FILE --model ${file.modelVersion}\` reproduces them.`,
      modelVersion: file.modelVersion,
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
    {
      policy: request.onConflict,
      ...(request.choices === undefined ? {} : { choices: request.choices }),
      ...(request.prefer === undefined ? {} : { prefer: request.prefer }),
      ...(request.packageChoices === undefined ? {} : { packageChoices: request.packageChoices }),
    },
    file.restrictionPackages,
  );
}

/** The library's side of a match, as the conflict dialog shows it. */
export interface LibrarySide {
  readonly id: string;
  readonly name: string;
  readonly author: string;
  readonly revision: number;
  readonly updatedAt: string;
  readonly inTrash: boolean;
}

export interface ImportPreviewItem {
  readonly id: string;
  readonly name: string;
  readonly status: ImportStatus;
  /** The file's side. */
  readonly author: string;
  readonly updatedAt: string;
  /** The library scenario it matches (same id, or same name), for `conflict` and `name-clash`. */
  readonly library?: LibrarySide;
  /** Library → file, schedules as shapes. */
  readonly changes: readonly ScenarioChange[];
  readonly merge:
    | {
        readonly available: true;
        readonly baseRevision: number;
        readonly conflicts: readonly MergeConflict[];
        readonly fromTheirs: number;
      }
    | { readonly available: false; readonly reason: MergeUnavailable };
}

/** What importing the file would do to each restriction package it defines, without writing. */
export function previewFilePackages(
  ctx: StoreContext,
  request: FileToRead,
): StoreResult<PackagePreviewItem[]> {
  const parsed = parse(request);
  if (!parsed.ok) return parsed;
  return guard("compare the file's restriction packages with the library", () =>
    ok(previewPackages(ctx, parsed.value.restrictionPackages)),
  );
}

/**
 * What importing the file would do to each of its scenarios, without writing: the UI asks the user
 * about each conflict (keep both, replace, skip, merge) from this, and the CLI refuses to guess.
 */
export function previewScenarioFile(
  ctx: StoreContext,
  request: FileToRead,
): StoreResult<ImportPreviewItem[]> {
  const parsed = parse(request);
  if (!parsed.ok) return parsed;
  const { scenarios } = parsed.value;
  return guard('compare the file with the library', () =>
    ok(
      matchImport(ctx, scenarios).map((match): ImportPreviewItem => {
        const { incoming, head } = match;
        return {
          id: incoming.id,
          name: incoming.name,
          status: match.status,
          author: incoming.author,
          updatedAt: incoming.updatedAt,
          ...(head
            ? {
                library: {
                  id: head.id,
                  name: head.name,
                  author: head.author,
                  revision: head.head_revision,
                  updatedAt: head.updated_at,
                  inTrash: head.deleted_at !== null,
                },
              }
            : {}),
          changes: match.changes,
          merge: match.merge,
        };
      }),
    ),
  );
}
