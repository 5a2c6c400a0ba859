import { basename, resolve } from 'node:path';
import type { ConflictPolicy } from '../../electron/main/services/store/import-scenarios';
import { CONFLICT_POLICIES } from '../../electron/main/services/store/import-scenarios';
import { readScenarioText } from '../../electron/main/services/read-scenario-text';
import type { ScenarioLibrary } from '../../electron/main/services/store/scenario-library';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { parseScenarioFile } from '../../shared/file-format';
import { readErrorLines } from '../read-scenario-file';
import { databasePath, openLibrarySession } from './library-session';

function isPolicy(value: string): value is ConflictPolicy {
  return (CONFLICT_POLICIES as readonly string[]).includes(value);
}

/**
 * `chokepoint import FILE`: all of the file's scenarios or none. Without `--on-conflict`, a scenario
 * that differs from the library's under the same id stops the import (nothing written) and the
 * message lists them: a script must say what it wants rather than overwrite by default.
 */
export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    db: { type: 'string' },
    'on-conflict': { type: 'string' },
  });
  const policy = values['on-conflict'];
  if (positionals.length !== 1) throw new UsageError('import takes exactly one FILE');
  if (policy !== undefined && !isPolicy(policy))
    throw new UsageError(`--on-conflict must be one of ${CONFLICT_POLICIES.join(', ')}, got "${policy}"`);
  const file = resolve(io.cwd, positionals[0] ?? '');
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
  const session = openLibrarySession(databasePath(values.db, io), io, { mustExist: false });
  if (!session.ok) {
    io.stderr(`chokepoint import: ${session.error.message}\n`);
    return EXIT_INVALID;
  }
  try {
    const { library } = session.value;
    if (policy === undefined) {
      const conflicts = conflictsIn(library, text, fileName);
      if (conflicts.length > 0) {
        io.stderr(
          `chokepoint import: ${fileName} has ${conflicts.length} scenario(s) whose id is in the library with different content ` +
            `(${conflicts.join(', ')}); nothing was imported. Choose --on-conflict keep-both, replace or skip.\n`,
        );
        return EXIT_INVALID;
      }
    }
    const imported = library.importFile({ text, fileName, onConflict: policy ?? 'skip' });
    if (!imported.ok) {
      io.stderr(`chokepoint import: ${imported.error.message}\n`);
      return EXIT_INVALID;
    }
    const report = imported.value;
    for (const warning of report.warnings) io.stderr(`warning: ${warning.message}\n`);
    io.stdout(
      `Imported ${fileName} into ${session.value.path}: ${report.added.length} added, ${report.replaced.length} replaced, ` +
        `${report.keptBoth.length} kept both, ${report.skipped.length} skipped.\n`,
    );
    return EXIT_OK;
  } finally {
    session.value.close();
  }
};

/** Ids in the file that clash with different content; an unreadable file has none (the import reports it). */
function conflictsIn(library: ScenarioLibrary, text: string, fileName: string): string[] {
  const preview = library.previewFile({ text, fileName });
  if (!preview.ok) return [];
  return preview.value.filter((item) => item.status === 'conflict').map((item) => item.id);
}
