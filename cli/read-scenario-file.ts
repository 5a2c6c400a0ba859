import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileFormatError, ScenarioFile } from '../shared/file-format';
import {
  MAX_FILE_BYTES,
  describeFileFormatError,
  describeFileFormatWarning,
  formatJsonPath,
  parseScenarioFile,
} from '../shared/file-format';
import type { Result } from '../shared/result';
import { err } from '../shared/result';
import type { CliIo } from './io';

/** Reads and parses a `.chokepoint` file; never throws (a missing file is an error like any other). */
export async function readScenarioFile(path: string, io: CliIo): Promise<Result<ScenarioFile, ReadError>> {
  const fullPath = resolve(io.cwd, path);
  try {
    const info = await stat(fullPath);
    // Refuse before reading: a hostile file must not be loaded into memory to be measured.
    if (info.size > MAX_FILE_BYTES)
      return err({ kind: 'too-large', path: [], file: path, bytes: info.size, limit: MAX_FILE_BYTES });
    const text = await readFile(fullPath, 'utf8');
    return parseScenarioFile(text, { fileName: path });
  } catch (error) {
    return err({
      kind: 'unreadable',
      file: path,
      reason: (error as NodeJS.ErrnoException).code ?? String(error),
    });
  }
}

export type ReadError = FileFormatError | { kind: 'unreadable'; file: string; reason: string };

/** One line per problem, each naming the file and the JSON path: what `validate` prints. */
export function readErrorLines(error: ReadError): string[] {
  if (error.kind === 'unreadable') return [`${error.file}: cannot read the file (${error.reason}).`];
  if (error.kind === 'schema' || error.kind === 'semantic') {
    return error.issues.map(
      (issue) => `${error.file ?? 'file'}: ${formatJsonPath(issue.path)}: ${issue.message}`,
    );
  }
  return [describeFileFormatError(error)];
}

/** Warnings about a file that was loaded anyway (edited by hand, upgraded). */
export function warningLines(file: ScenarioFile, fileName: string): string[] {
  return file.warnings.map((warning) => `warning: ${describeFileFormatWarning(warning, fileName)}`);
}
