import { existsSync } from 'node:fs';
import type { StoredPackage } from '../../services/store/package-types';
import { asFilePackage, BUILT_IN_PACKAGES } from '../../shared/packages/built-in-packages';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseOptions } from '../parse-options';
import { databasePath, openLibrarySession } from './library-session';

interface ListedPackage extends RestrictionPackage {
  readonly kind: 'built-in' | 'library';
  readonly hypothetical: boolean;
  readonly inTrash: boolean;
  /** Library scenarios that apply it (by id and name). */
  readonly usedBy: readonly { readonly id: string; readonly name: string }[];
}

const when = (entry: RestrictionPackage) =>
  entry.month === undefined ? String(entry.year) : `${entry.year}-${String(entry.month).padStart(2, '0')}`;

/** The library's packages, or none when there is no library yet (the built-in ones are listed anyway). */
function libraryPackages(path: string, io: Parameters<Command>[1]): StoredPackage[] | string {
  if (!existsSync(path)) return [];
  const session = openLibrarySession(path, io, { mustExist: true });
  if (!session.ok) return session.error.message;
  try {
    const listed = session.value.library.listPackages();
    return listed.ok ? listed.value : listed.error.message;
  } finally {
    session.value.close();
  }
}

/** `chokepoint packages`: the built-in restriction packages, then the library's. */
export const packagesCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' } }, false);
  const path = databasePath(values.db, io);
  const stored = libraryPackages(path, io);
  if (typeof stored === 'string') {
    io.stderr(`chokepoint packages: ${stored}\n`);
    return EXIT_INVALID;
  }
  const usedBy = (id: string) =>
    stored
      .find((entry) => entry.package.id === id)
      ?.usedBy.map(({ id: user, name }) => ({ id: user, name })) ?? [];
  const listed: ListedPackage[] = [
    ...BUILT_IN_PACKAGES.map((entry) => ({
      ...asFilePackage(entry),
      kind: 'built-in' as const,
      hypothetical: entry.hypothetical,
      inTrash: false,
      usedBy: usedBy(entry.id),
    })),
    ...stored.map((entry) => ({
      ...entry.package,
      kind: 'library' as const,
      hypothetical: false,
      inTrash: entry.deletedAt !== null,
      usedBy: entry.usedBy.map(({ id, name }) => ({ id, name })),
    })),
  ];
  if (values.json) {
    io.stdout(`${JSON.stringify(listed, null, 2)}\n`);
    return EXIT_OK;
  }
  // Tab-separated so that scripts can cut columns; names and sources contain spaces.
  for (const entry of listed) {
    const name = entry.inTrash ? `${entry.name} (in trash)` : entry.name;
    io.stdout(
      `${entry.id}\t${name}\t${when(entry)}\t${Object.keys(entry.sectors).join(',')}\t${entry.source}\n`,
    );
  }
  return EXIT_OK;
};
