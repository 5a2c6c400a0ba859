import type { Scenario } from '../../shared/domain/scenario';

/** How a revision came to be. */
export type RevisionOrigin = 'save' | 'rename' | 'tag' | 'restore' | 'duplicate' | 'import' | 'seed';

/** Where a revision's content came from, beyond the `parent` the document itself may carry. */
export interface RevisionProvenance {
  /** Import: the file's name and the app version that exported it. */
  readonly fileName?: string;
  readonly sourceAppVersion?: string;
  readonly exportedAt?: string;
  /** Import with keep-both: the id the scenario had in the file. */
  readonly originalId?: string;
  /** Import with replace: the revision the import replaced. */
  readonly replacedRevision?: number;
  /** Restore: the revision whose content this one repeats. */
  readonly restoredFrom?: number;
}

/** One row of the library list: no document parsing needed. */
export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  readonly author: string;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The head revision number. */
  readonly revision: number;
  /** When it was moved to the trash, or null. */
  readonly deletedAt: string | null;
}

export interface RevisionInfo {
  readonly revision: number;
  readonly savedAt: string;
  readonly appVersion: string;
  readonly origin: RevisionOrigin;
  readonly provenance: RevisionProvenance;
  readonly contentHash: string;
  readonly name: string;
}

export interface StoredScenario extends RevisionInfo {
  readonly scenario: Scenario;
  /** The newest revision of this scenario (equal to `revision` when this is the head). */
  readonly headRevision: number;
  readonly deletedAt: string | null;
}

export interface SavedRevision {
  readonly id: string;
  readonly revision: number;
  readonly savedAt: string;
  readonly contentHash: string;
  /** The document as stored (with the store's timestamps). */
  readonly scenario: Scenario;
  /** True when the content equalled the head and no revision was added. */
  readonly unchanged: boolean;
}

export interface ListQuery {
  /** Case-insensitive substring of the name, author or a tag. */
  readonly text?: string;
  /** Only scenarios carrying this tag (case-insensitive). */
  readonly tag?: string;
  readonly limit?: number;
  readonly offset?: number;
}
