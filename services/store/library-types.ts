import type { Scenario } from '../../shared/domain/scenario';
import type { RevisionSummary } from '../../shared/history/revision-summary';

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
  /** Import: the lineage the file carried (content hashes, newest first), passed on at the next export. */
  readonly lineage?: readonly string[];
  /** Merge: the common ancestor (a revision of this library) and the revision holding the file's side. */
  readonly mergeBase?: number;
  readonly mergedTheirs?: number;
}

/** How a scenario came to be, for the library's "Origin" column. */
export interface ScenarioOrigin {
  readonly kind?: 'blank' | 'preset' | 'duplicate' | 'import' | 'seed';
  /** When it was created or imported. */
  readonly at?: string;
  /** Created from this preset (its name when created). */
  readonly preset?: string;
  /** Duplicated from (or, for keep-both imports, a copy of) this scenario. */
  readonly fromId?: string;
  readonly fromName?: string;
  readonly fileName?: string;
}

/** One row of the library list: no document parsing needed. */
export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  /** The description's first line (the editor shows it all). */
  readonly description: string;
  readonly author: string;
  readonly origin: ScenarioOrigin;
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
  /** Who saved it ("Your name" at the time); empty when not given or before 0005. */
  readonly author: string;
  /** What changed from the revision before; null for revisions saved before summaries existed. */
  readonly summary: RevisionSummary | null;
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
