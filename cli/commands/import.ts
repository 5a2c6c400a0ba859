import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConflictPolicy } from '../../services/store/import-scenarios';
import { CONFLICT_POLICIES } from '../../services/store/import-scenarios';
import type { ScenarioLibrary } from '../../services/store/scenario-library';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../io';
import { databasePath, openLibrarySession } from './library-session';

export const IMPORT_USAGE =
  'usage: chokepoint import FILE [--db PATH] [--on-conflict keep-both|replace|skip]';

function isPolicy(value: string): value is ConflictPolicy {
  return (CONFLICT_POLICIES as readonly string[]).includes(value);
}

/**
 * `chokepoint import FILE`: all of the file's scenarios or none. Without `--on-conflict`, a scenario
 * that differs from the library's under the same id stops the import (nothing written) and the
 * message lists them: a script must say what it wants rather than overwrite by default.
 */
export const importCommand: Command = async (args, io) => {
  let parsed: {
    values: { db?: string | undefined; 'on-conflict'?: string | undefined };
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { db: { type: 'string' }, 'on-conflict': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`chokepoint import: ${(error as Error).message}\n${IMPORT_USAGE}\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const policy = values['on-conflict'];
  if (positionals.length !== 1 || (policy !== undefined && !isPolicy(policy))) {
    const problem =
      positionals.length !== 1 ? 'expected exactly one FILE' : `unknown --on-conflict "${policy}"`;
    io.stderr(`chokepoint import: ${problem}\n${IMPORT_USAGE}\n`);
    return EXIT_USAGE;
  }
  const file = resolve(io.cwd, positionals[0] ?? '');
  const fileName = basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`chokepoint import: cannot read ${file}: ${(error as Error).message}\n`);
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
