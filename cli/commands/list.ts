import { parseArgs } from 'node:util';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../io';
import { databasePath, openLibrarySession } from './library-session';

export const LIST_USAGE = 'usage: chokepoint list [--db PATH] [--json]';

/** `chokepoint list`: the scenarios in the library (not the trash), newest first. */
export const listCommand: Command = async (args, io) => {
  let values: { db?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { db: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    io.stderr(`chokepoint list: ${(error as Error).message}\n${LIST_USAGE}\n`);
    return EXIT_USAGE;
  }
  const session = openLibrarySession(databasePath(values.db, io), io, { mustExist: true });
  if (!session.ok) {
    io.stderr(`chokepoint list: ${session.error.message}\n`);
    return EXIT_INVALID;
  }
  try {
    const listed = session.value.library.list();
    if (!listed.ok) {
      io.stderr(`chokepoint list: ${listed.error.message}\n`);
      return EXIT_INVALID;
    }
    if (values.json) {
      io.stdout(`${JSON.stringify(listed.value, null, 2)}\n`);
    } else {
      // Tab-separated so that scripts can cut columns; names may contain spaces.
      for (const s of listed.value) {
        io.stdout(`${s.id}\t${s.name}\t${s.tags.join(',')}\trevision ${s.revision}\t${s.updatedAt}\n`);
      }
    }
    return EXIT_OK;
  } finally {
    session.value.close();
  }
};
