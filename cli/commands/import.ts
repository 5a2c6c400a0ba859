import { basename, resolve } from 'node:path';
import type { ConflictPolicy, ImportReport } from '../../services/store/import-scenarios';
import { CONFLICT_POLICIES } from '../../services/store/import-scenarios';
import { readScenarioText } from '../../services/read-scenario-text';
import type { ScenarioLibrary } from '../../services/store/scenario-library';
import type { ScenarioFile } from '../../shared/file-format';
import { parseScenarioFile } from '../../shared/file-format';
import type { MergeConflict, MergeSide } from '../../shared/history/merge-scenarios';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { readErrorLines } from '../read-scenario-file';
import { databasePath, openLibrarySession } from './library-session';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

function isPolicy(value: string): value is ConflictPolicy {
  return (CONFLICT_POLICIES as readonly string[]).includes(value);
}

function isSide(value: string): value is MergeSide {
  return value === 'ours' || value === 'theirs';
}

interface ImportArgs {
  readonly file: string;
  readonly db: string | undefined;
  readonly policy: ConflictPolicy | undefined;
  readonly prefer: MergeSide | undefined;
  readonly author: string | undefined;
  readonly json: boolean;
}

/** The arguments; a usage problem throws (one line, exit 2). */
function readArgs(args: readonly string[]): ImportArgs {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    'on-conflict': { type: 'string' },
    prefer: { type: 'string' },
    author: { type: 'string' },
    json: { type: 'boolean' },
  });
  const policy = values['on-conflict'];
  const prefer = values.prefer;
  if (positionals.length !== 1) throw new UsageError('import takes exactly one FILE');
  if (policy !== undefined && !isPolicy(policy))
    throw new UsageError(`--on-conflict must be one of ${CONFLICT_POLICIES.join(', ')}, got "${policy}"`);
  if (prefer !== undefined && !isSide(prefer))
    throw new UsageError(`--prefer must be ours or theirs, got "${prefer}"`);
  if (prefer !== undefined && policy !== 'merge') throw new UsageError('--prefer needs --on-conflict merge');
  return {
    file: positionals[0]!,
    db: values.db,
    policy,
    prefer,
    author: values.author,
    json: values.json === true,
  };
}

/** A cell's value as the CLI shows it: "unset" for the catalogue default, else compact JSON. */
function cellValue(value: unknown): string {
  return value === undefined ? 'unset' : JSON.stringify(value);
}

/** `sectors.IC.levers.basicResearch: base 1, ours 1.5, theirs 2` */
export function describeConflict(conflict: MergeConflict): string {
  return `${conflict.path.join('.')}: base ${cellValue(conflict.base)}, ours ${cellValue(conflict.ours)}, theirs ${cellValue(conflict.theirs)}`;
}

function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const item of report.unmerged) {
    const why =
      item.reason === 'conflicts'
        ? `${item.conflicts.length} cell(s) changed on both sides`
        : item.reason === 'no-common-ancestor'
          ? 'the file does not descend from a revision in this library'
          : `the merge is not a valid scenario (${item.message ?? ''})`;
    lines.push(
      `not merged: "${shown(item.name)}" (${item.id}) left unchanged at revision ${item.revision}: ${why}`,
    );
    for (const conflict of item.conflicts) lines.push(`  conflict ${describeConflict(conflict)}`);
  }
  return lines;
}

/**
 * `chokepoint import FILE`: all of the file's scenarios or none. Without `--on-conflict`, a scenario
 * that differs from the library's under the same id stops the import (nothing written) and the
 * message lists them: a script must say what it wants rather than overwrite by default. With
 * `--on-conflict merge`, scenarios that descend from a revision of the library merge three-way; those
 * with cells changed on both sides stay unchanged (exit 1) unless `--prefer` picks a side.
 */
export const importCommand: Command = async (args, io) => {
  const options = readArgs(args);
  const file = resolve(io.cwd, options.file);
  const fileName = basename(file);
  const read = await readScenarioText(file, fileName);
  if (!read.ok) {
    for (const line of readErrorLines(read.error)) io.stderr(`chokepoint import: ${line}\n`);
    return EXIT_INVALID;
  }
  const text = read.value;
  // A file that will be refused must not create (or even open) the library: check it first.
  const checked = parseScenarioFile(text, { fileName });
  if (!checked.ok) {
    for (const line of readErrorLines(checked.error)) io.stderr(`chokepoint import: ${line}\n`);
    return EXIT_INVALID;
  }
  const session = openLibrarySession(databasePath(options.db, io), io, {
    mustExist: false,
    ...(options.author === undefined ? {} : { author: options.author }),
  });
  if (!session.ok) {
    io.stderr(`chokepoint import: ${session.error.message}\n`);
    return EXIT_INVALID;
  }
  try {
    const { library } = session.value;
    if (options.policy === undefined) {
      const conflicts = conflictsIn(library, text, fileName, checked.value);
      const packageConflicts = packageConflictsIn(library, text, fileName, checked.value);
      if (conflicts.length > 0 || packageConflicts.length > 0) {
        const what = [
          ...(conflicts.length > 0
            ? [
                `${conflicts.length} scenario(s) whose id is in the library with different content (${conflicts.join(', ')})`,
              ]
            : []),
          ...(packageConflicts.length > 0
            ? [
                `${packageConflicts.length} restriction package(s) whose id is in the library with different content (${packageConflicts.join(', ')})`,
              ]
            : []),
        ].join(' and ');
        io.stderr(
          `chokepoint import: ${fileName} has ${what}; nothing was imported. Choose --on-conflict keep-both, replace, skip or merge.\n`,
        );
        return EXIT_INVALID;
      }
    }
    // Parsed once, above: a 20 MB file is not read again for the previews or the import.
    const imported = library.importFile({
      text,
      fileName,
      parsed: checked.value,
      onConflict: options.policy ?? 'skip',
      ...(options.prefer === undefined ? {} : { prefer: options.prefer }),
    });
    if (!imported.ok) {
      io.stderr(`chokepoint import: ${imported.error.message}\n`);
      return EXIT_INVALID;
    }
    const report = imported.value;
    for (const warning of report.warnings) io.stderr(`warning: ${warning.message}\n`);
    if (options.json) {
      io.stdout(`${JSON.stringify({ library: session.value.path, ...report }, null, 2)}\n`);
    } else {
      for (const line of reportLines(report)) io.stderr(`${line}\n`);
      io.stdout(
        `Imported ${fileName} into ${session.value.path}: ${report.added.length} added, ${report.replaced.length} replaced, ` +
          `${report.keptBoth.length} kept both, ${report.skipped.length} skipped, ${report.merged.length} merged, ` +
          `${report.unmerged.length} left unchanged.\n`,
      );
      const packages = report.packages;
      const count =
        packages.added.length + packages.replaced.length + packages.keptBoth.length + packages.skipped.length;
      if (count > 0)
        io.stdout(
          `Restriction packages: ${packages.added.length} added, ${packages.replaced.length} replaced, ` +
            `${packages.keptBoth.length} kept both, ${packages.skipped.length} skipped.\n`,
        );
    }
    return report.unmerged.length > 0 ? EXIT_INVALID : EXIT_OK;
  } finally {
    session.value.close();
  }
};

/** Ids in the file that clash with different content; an unreadable file has none (the import reports it). */
function conflictsIn(
  library: ScenarioLibrary,
  text: string,
  fileName: string,
  parsed: ScenarioFile,
): string[] {
  const preview = library.previewFile({ text, fileName, parsed });
  if (!preview.ok) return [];
  return preview.value.filter((item) => item.status === 'conflict').map((item) => item.id);
}

/** Restriction package ids in the file that clash with different content. */
function packageConflictsIn(
  library: ScenarioLibrary,
  text: string,
  fileName: string,
  parsed: ScenarioFile,
): string[] {
  const preview = library.previewFilePackages({ text, fileName, parsed });
  if (!preview.ok) return [];
  return preview.value.filter((item) => item.status === 'conflict').map((item) => item.id);
}
