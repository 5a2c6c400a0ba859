import { deepFreeze } from '../catalogue/deep-freeze';
import { HISTORICAL_PACKAGES } from './historical-packages';
import { HYPOTHETICAL_PACKAGES } from './hypothetical-packages';
import type { BuiltInPackage, PackageLookup, RestrictionPackage } from './restriction-package';

/** The packages that ship with the app: the historical record 2018–2024, then the hypothetical ones. */
export const BUILT_IN_PACKAGES: readonly BuiltInPackage[] = deepFreeze([
  ...HISTORICAL_PACKAGES,
  ...HYPOTHETICAL_PACKAGES,
]);

const BY_ID = new Map(BUILT_IN_PACKAGES.map((entry) => [entry.id, entry]));

export function builtInPackage(id: string): BuiltInPackage | undefined {
  return BY_ID.get(id);
}

/** Whether an id is a built-in package's (which no file or library may define again). */
export function isBuiltInPackageId(id: string): boolean {
  return BY_ID.has(id);
}

/**
 * Built-in packages first, then `others` (a library's or a file's). A built-in id always means the
 * built-in package: files and libraries may not define one of their own under it.
 */
export function packageLookup(others: readonly RestrictionPackage[] = []): PackageLookup {
  const extra = new Map(others.map((entry) => [entry.id, entry]));
  return (id) => BY_ID.get(id) ?? extra.get(id);
}

/** The built-in packages only. */
export const builtInPackages: PackageLookup = (id) => BY_ID.get(id);

/** A package's name in English (the CLI's language): a built-in one's English name, else its own. */
export function englishPackageName(entry: { readonly id: string; readonly name: string }): string {
  return BY_ID.get(entry.id)?.names.en ?? entry.name;
}

/** A built-in package as a file would carry it: without its translations and flag. */
export function asFilePackage(entry: BuiltInPackage): RestrictionPackage {
  const {
    names: _names,
    shortNames: _short,
    descriptions: _descriptions,
    hypothetical: _hypothetical,
    ...rest
  } = entry;
  return rest;
}
