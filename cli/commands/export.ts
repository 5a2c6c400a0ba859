import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { describeFileSystemError } from '../../services/file-system-words';
import { APP_VERSION } from '../app-version';
import { databasePath, openLibrarySession } from './library-session';

/**
 * Writes through a temporary file and a rename, so a failed export never leaves a truncated file
 * (or a half-overwritten older export) where the user expects a good one.
 */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** `chokepoint export`: the chosen scenarios (default: all, not the trash) as one `.chokepoint` file. */
export const exportCommand: Command = async (args, io) => {
  const { values } = parseOptions(
    args,
    { db: { type: 'string' }, id: { type: 'string', multiple: true }, out: { type: 'string' } },
    false,
  );
  if (values.out === undefined || values.out === '') throw new UsageError('--out FILE is required');
  const out = resolve(io.cwd, values.out);
  const session = openLibrarySession(databasePath(values.db, io), io, { mustExist: true });
  if (!session.ok) {
    io.stderr(`chokepoint export: ${session.error.message}\n`);
    return EXIT_INVALID;
  }
  try {
    const exported = session.value.library.exportScenarios({
      ...(values.id === undefined ? {} : { ids: values.id }),
      exportedAt: new Date().toISOString(),
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
    });
    if (!exported.ok) {
      io.stderr(`chokepoint export: ${exported.error.message}\n`);
      return EXIT_INVALID;
    }
    try {
      writeAtomically(out, exported.value.text);
    } catch (error) {
      io.stderr(`chokepoint export: cannot write ${out}: ${describeFileSystemError(error)}\n`);
      return EXIT_INVALID;
    }
    io.stdout(`Exported ${exported.value.count} scenario(s) to ${out}\n`);
    return EXIT_OK;
  } finally {
    session.value.close();
  }
};
