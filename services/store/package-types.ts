import type { RestrictionPackage } from '../../shared/packages/restriction-package';

/** A scenario that applies a package (its head revision does). */
export interface PackageUser {
  readonly id: string;
  readonly name: string;
  readonly inTrash: boolean;
}

/** How a package revision came to be. */
export type PackageRevisionOrigin = 'save' | 'import' | 'replace' | 'restore';

/** A package of the library at its head revision, with the scenarios that apply it. */
export interface StoredPackage {
  readonly package: RestrictionPackage;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When it was moved to the trash, or null. */
  readonly deletedAt: string | null;
  readonly usedBy: readonly PackageUser[];
}

/** One revision of a package: small enough to carry its whole document, so the history can show it. */
export interface PackageRevision {
  readonly revision: number;
  readonly savedAt: string;
  /** Who saved it ("Your name" at the time). */
  readonly author: string;
  readonly origin: PackageRevisionOrigin;
  readonly fileName?: string;
  readonly restoredFrom?: number;
  readonly package: RestrictionPackage;
}

/** The outcome of a save: the package as stored, and the scenarios whose revisions recorded the edit. */
export interface SavedPackage {
  readonly package: RestrictionPackage;
  readonly revision: number;
  /** The content equalled the head: nothing was written. */
  readonly unchanged: boolean;
  readonly recordedIn: readonly PackageUser[];
}
