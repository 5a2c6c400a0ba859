import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiResult, FileText } from '../shared/api';
import { MAX_FILE_BYTES } from '../shared/file-format';

/** Reads scenario files for the page to import, refusing oversized ones before reading them. */
export async function readFileTexts(
  paths: readonly string[],
  messages: {
    fileTooLarge(file: string, limitMb: number): string;
    cannotRead(file: string, reason: string): string;
  },
): Promise<ApiResult<FileText[]>> {
  const files: FileText[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.size > MAX_FILE_BYTES) {
        return {
          ok: false,
          error: {
            code: 'invalid-input',
            message: messages.fileTooLarge(basename(path), MAX_FILE_BYTES / 1024 / 1024),
            details: { path },
          },
        };
      }
      files.push({ fileName: basename(path), text: await readFile(path, 'utf8') });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return {
        ok: false,
        error: { code: 'io', message: messages.cannotRead(basename(path), reason), details: { path } },
      };
    }
  }
  return { ok: true, value: files };
}

/** Scenario files named on a command line (double-click on Windows and Linux passes them as arguments). */
export function scenarioPathsFromArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && /\.(chokepoint|json)$/i.test(arg));
}
