import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions } from '../parse-options';
import { databasePath, openLibrarySession } from './library-session';
import { terminalSafeText as shown } from '../../shared/text/terminal-text';

/** `chokepoint list`: the scenarios in the library (not the trash), newest first. */
export const listCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
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
      // Tab-separated so that scripts can cut columns; names may contain spaces. A tab, a line feed or
      // an escape in a name or a tag is shown as \t, \n, \x1b: it can neither forge a row nor reach the terminal.
      for (const s of listed.value) {
        const tags = s.tags.map(shown).join(',');
        io.stdout(`${s.id}\t${shown(s.name)}\t${tags}\trevision ${s.revision}\t${s.updatedAt}\n`);
      }
    }
    return EXIT_OK;
  } finally {
    session.value.close();
  }
};
