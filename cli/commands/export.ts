import { MODEL_VERSION } from '../../shared/engine/model-version';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions, UsageError } from '../parse-options';
import { APP_VERSION } from '../app-version';
import { outputFormat, SCENARIO_FILE_FORMATS } from '../output-format';
import { checkOutput, STDOUT, writeOutput } from '../write-output';
import { databasePath, openLibrarySession } from './library-session';

/** `library.chokepoint` → `library.part-2-of-3.chokepoint`: the parts sort and say how many there are. */
export function partName(out: string, part: number, parts: number): string {
  const label = `part-${part}-of-${parts}`;
  const dot = out.lastIndexOf('.');
  const slash = Math.max(out.lastIndexOf('/'), out.lastIndexOf('\\'));
  return dot > slash + 1 ? `${out.slice(0, dot)}.${label}${out.slice(dot)}` : `${out}.${label}`;
}

/**
 * `chokepoint export`: the chosen scenarios (default: all, not the trash) as one `.chokepoint` file that
 * `import` reads back; with `--split`, as several files named by part when one file cannot hold them.
 */
export const exportCommand: Command = async (args, io) => {
  const { values } = parseOptions(
    args,
    {
      db: { type: 'string' },
      id: { type: 'string', multiple: true },
      out: { type: 'string' },
      split: { type: 'boolean' },
    },
    false,
  );
  if (values.out === undefined || values.out === '') throw new UsageError('--out FILE is required');
  if (values.split && values.out === STDOUT)
    throw new UsageError('--split writes files: name one with --out');
  outputFormat('export', values.out, undefined, SCENARIO_FILE_FORMATS, 'chokepoint');
  const out = values.out;
  const session = openLibrarySession(databasePath(values.db, io), io, { mustExist: true });
  if (!session.ok) {
    io.stderr(`chokepoint export: ${session.error.message}\n`);
    return EXIT_INVALID;
  }
  try {
    // Refused before the library is read: a wrong --out costs nothing and changes nothing.
    checkOutput(out, io);
    const exported = session.value.library.exportScenarios({
      ...(values.id === undefined ? {} : { ids: values.id }),
      exportedAt: new Date().toISOString(),
      appVersion: APP_VERSION,
      modelVersion: MODEL_VERSION,
      ...(values.split ? { split: true } : {}),
    });
    if (!exported.ok) {
      io.stderr(`chokepoint export: ${exported.error.message}\n`);
      return EXIT_INVALID;
    }
    const { parts, count } = exported.value;
    const names = parts.length === 1 ? [out] : parts.map((_, i) => partName(out, i + 1, parts.length));
    // Every file is checked before the first is written, so a refused part leaves nothing written.
    for (const name of names) checkOutput(name, io);
    for (const [i, part] of parts.entries()) await writeOutput(part.text, names[i], io);
    const where = out === STDOUT ? 'standard output' : names.join(', ');
    (out === STDOUT ? io.stderr : io.stdout)(`Exported ${count} scenario(s) to ${where}\n`);
    return EXIT_OK;
  } finally {
    session.value.close();
  }
};
