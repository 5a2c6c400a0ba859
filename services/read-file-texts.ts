import { basename } from 'node:path';
import type { ApiResult, FileText } from '../shared/api';
import { describeFileFormatError, FILE_LIMITS } from '../shared/file-format';
import { readScenarioText } from './read-scenario-text';

/**
 * Reads scenario files for the page to import, through the one bounded reader (size capped during the
 * read, strict UTF-8). A file refused for its size or encoding carries the typed error, for the page to
 * translate.
 */
export async function readFileTexts(
  paths: readonly string[],
  messages: {
    fileTooLarge(file: string, limitMb: number): string;
    cannotRead(file: string, reason: string): string;
  },
): Promise<ApiResult<FileText[]>> {
  const files: FileText[] = [];
  for (const path of paths) {
    const fileName = basename(path);
    const read = await readScenarioText(path, fileName);
    if (read.ok) {
      files.push({ fileName, text: read.value });
      continue;
    }
    const error = read.error;
    if (error.kind === 'unreadable') {
      return {
        ok: false,
        error: { code: 'io', message: messages.cannotRead(fileName, error.reason), details: { path } },
      };
    }
    const message =
      error.kind === 'too-large'
        ? messages.fileTooLarge(fileName, FILE_LIMITS.bytes / 1024 / 1024)
        : describeFileFormatError(error);
    return {
      ok: false,
      error: { code: 'invalid-input', message, details: { path, fileFormatError: error } },
    };
  }
  return { ok: true, value: files };
}

/** Scenario files named on a command line (double-click on Windows and Linux passes them as arguments). */
export function scenarioPathsFromArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && /\.(chokepoint|json)$/i.test(arg));
}
