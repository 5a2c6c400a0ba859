import { resolve } from 'node:path';
import type { ReadTextError } from '../services/read-scenario-text';
import { readScenarioText } from '../services/read-scenario-text';
import type { ScenarioFile } from '../shared/file-format';
import {
  describeFileFormatError,
  describeFileFormatWarning,
  formatJsonPath,
  moreIssuesText,
  parseScenarioFile,
} from '../shared/file-format';
import type { Scenario } from '../shared/domain/scenario';
import { resolveFileScenarios } from '../shared/packages/resolve-file-packages';
import { describePackageResolutionError } from '../shared/packages/resolve-packages';
import type { Result } from '../shared/result';
import type { CliIo } from './io';

/** Reads and parses a `.chokepoint` file; never throws (a missing file is an error like any other). */
export async function readScenarioFile(path: string, io: CliIo): Promise<Result<ScenarioFile, ReadError>> {
  const absolute = resolve(io.cwd, path);
  // Noted before reading: whatever the reading gives, the command's output never replaces this file.
  io.files?.noteInput(absolute);
  const text = await readScenarioText(absolute, path);
  return text.ok ? parseScenarioFile(text.value, { fileName: path }) : text;
}

export type ReadError = ReadTextError;

/** One line per problem, each naming the file and the JSON path: what `validate` prints. */
export function readErrorLines(error: ReadError): string[] {
  if (error.kind === 'unreadable') return [`${error.file}: cannot read the file: ${error.reason}.`];
  if (error.kind === 'schema' || error.kind === 'semantic') {
    const file = error.file ?? 'file';
    const lines = error.issues.map((issue) => `${file}: ${formatJsonPath(issue.path)}: ${issue.message}`);
    const more = moreIssuesText(error, error.issues.length, true);
    if (more !== undefined) lines.push(`${file}: … ${more}`);
    return lines;
  }
  return [describeFileFormatError(error)];
}

/** Warnings about a file that was loaded anyway (edited by hand, upgraded). */
export function warningLines(file: ScenarioFile, fileName: string): string[] {
  return file.warnings.map((warning) => `warning: ${describeFileFormatWarning(warning, fileName)}`);
}

/**
 * `scenarios` of `file` with the restriction packages they apply combined into their schedules (what
 * every command that runs the model works on), or undefined after saying why on stderr.
 */
export function withPackagesApplied(
  file: ScenarioFile,
  scenarios: readonly Scenario[],
  fileName: string,
  io: CliIo,
): Scenario[] | undefined {
  const resolved = resolveFileScenarios(file, scenarios);
  if (resolved.ok) return resolved.value;
  io.stderr(`${fileName}: ${describePackageResolutionError(resolved.error)}\n`);
  return undefined;
}
