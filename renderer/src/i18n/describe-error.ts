import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { EngineError } from '../../../shared/engine/engine-error';
import { describeEngineError } from '../../../shared/engine/engine-error';
import type { FileFormatError, MessageParams, Translate } from '../../../shared/file-format';
import {
  describeFileFormatError,
  describeFileFormatWarning,
} from '../../../shared/file-format/describe-file-format-error';
import type { FileFormatWarning } from '../../../shared/file-format';
import { detailEn } from './detail-en';
import type { DetailTemplates } from './translate-detail';
import { translateIssueLines } from './translate-detail';

/** The typed file-format error an import failure carries, if it is one. */
export function fileFormatErrorOf(error: ApiError): FileFormatError | undefined {
  if (error.code !== 'invalid-input' || typeof error.details !== 'object' || error.details === null)
    return undefined;
  const candidate = (error.details as { fileFormatError?: unknown }).fileFormatError;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { kind, path } = candidate as { kind?: unknown; path?: unknown };
  return typeof kind === 'string' && Array.isArray(path) ? (candidate as FileFormatError) : undefined;
}

/**
 * A translator for shared/'s file-format messages. Parameters that shared/ words in English (the
 * "line 3, column 8" of a syntax error, "2 problems", "The file") are reworded in the user's language
 * from the error's own fields.
 */
export function fileFormatTranslator(t: TFunction, error?: FileFormatError): Translate {
  return (key: string, params: MessageParams) => {
    if (!t(key, { defaultValue: '' })) return undefined;
    const local: Record<string, string | number> = { ...params };
    if (error && !error.file) local.file = t('fileFormat.theFile');
    if (error?.kind === 'invalid-json') {
      local.where =
        error.line === undefined
          ? ''
          : t('fileFormat.whereLine', { line: error.line, column: error.column ?? 1 });
      if (error.expected === undefined) local.expected = t('fileFormat.json');
    }
    if (error?.kind === 'too-deep') {
      local.where =
        error.line === undefined
          ? ''
          : t('fileFormat.whereParen', { line: error.line, column: error.column ?? 1 });
    }
    if (error?.kind === 'schema' || error?.kind === 'semantic') {
      local.problems = t('fileFormat.problems', { count: error.issues.length });
      // The detail lines too: kinds, paths, expectations and suggestions, phrase by phrase.
      const templates = (i18next.getResource(i18next.language, 'translation', 'detail') ??
        detailEn) as DetailTemplates;
      local.issues = translateIssueLines(String(params.issues ?? ''), templates);
    }
    return t(key, local);
  };
}

/** A refused file in the user's language: names the file, the JSON path and the problem. */
export function describeImportError(error: FileFormatError, t: TFunction, fileName?: string): string {
  const named = error.file || !fileName ? error : { ...error, file: fileName };
  return describeFileFormatError(named, fileFormatTranslator(t, named));
}

export function describeImportWarning(warning: FileFormatWarning, fileName: string, t: TFunction): string {
  return describeFileFormatWarning(warning, fileName, fileFormatTranslator(t));
}

/** The name a rename was refused for, when another scenario of the library has it. */
export function nameTakenOf(error: ApiError): string | undefined {
  const details = error.details as { reason?: unknown; name?: unknown } | undefined;
  return error.code === 'conflict' && details?.reason === 'name-taken' && typeof details.name === 'string'
    ? details.name
    : undefined;
}

/**
 * An API failure as one message: what could not be done (`context`, a catalogue key), why (by error
 * code), and the back end's own detail. Import failures are described from their typed error.
 */
export function describeApiError(error: ApiError, t: TFunction, context?: string, fileName?: string): string {
  const fileError = fileFormatErrorOf(error);
  if (fileError) return describeImportError(fileError, t, fileName);
  const taken = nameTakenOf(error);
  if (taken !== undefined) return t('identity.nameTaken', { name: taken });
  const what = context ? t(context) : '';
  const why = t(`apiError.${error.code}`);
  const detail = error.code === 'not-available' ? '' : error.message;
  return [what && `${what}: ${why}`, what ? '' : why, detail].filter(Boolean).join(' ');
}

/** An engine refusal; the kind is translated, the specifics (condition, sector) come from the engine. */
export function describeEngine(error: EngineError, t: TFunction): string {
  return `${t(`engineError.${error.kind}`)} ${describeEngineError(error)}`;
}
