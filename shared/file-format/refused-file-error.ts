import { describeFileFormatError } from './describe-file-format-error';
import type { FileFormatError } from './file-format-error';

/** How every edge reports a refused file: the English sentence, and the typed error for the page to translate. */
export interface RefusedFileError {
  readonly code: 'invalid-input';
  readonly message: string;
  readonly details: { readonly fileFormatError: FileFormatError };
}

/**
 * The one place a refused file's error is assembled (the page's reader, the handler table and the
 * library all answer with it). `fileName` names the file when the error does not already.
 */
export function refusedFileError(error: FileFormatError, fileName?: string): RefusedFileError {
  const named = error.file === undefined && fileName !== undefined ? { ...error, file: fileName } : error;
  return {
    code: 'invalid-input',
    message: describeFileFormatError(named),
    details: { fileFormatError: named },
  };
}
