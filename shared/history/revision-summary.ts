import type { Catalogue } from '../catalogue/types';
import type { Scenario } from '../domain/scenario';
import type { PackageLookup } from '../packages/restriction-package';
import type { ScenarioChange } from './scenario-changes';
import { scenarioChanges } from './scenario-changes';

/** How a revision came to be, as its summary tells it (the store's origin plus the facts to name). */
export type RevisionEvent =
  | { readonly kind: 'edit' }
  | { readonly kind: 'created'; readonly preset?: string }
  | { readonly kind: 'duplicated'; readonly from: string }
  | { readonly kind: 'imported'; readonly file: string }
  | { readonly kind: 'replaced'; readonly file: string }
  | { readonly kind: 'restored'; readonly revision: number }
  | { readonly kind: 'merged'; readonly file: string; readonly author: string }
  | { readonly kind: 'seeded' }
  /** A restriction package the scenario applies was edited (the scenario's content is unchanged). */
  | { readonly kind: 'package-edited'; readonly id: string; readonly name: string };

/**
 * What a revision records about itself: the event, and the changes from the revision before it
 * (at most `MAX_STORED_CHANGES`, with the total), so the history is readable in any language
 * without re-reading documents.
 */
export interface RevisionSummary {
  readonly event: RevisionEvent;
  readonly changes: readonly ScenarioChange[];
  readonly totalChanges: number;
}

/** Enough for a one-line summary and a tooltip; the full diff is one comparison away. */
export const MAX_STORED_CHANGES = 8;

/** The summary of `next` saved after `previous` (undefined for a scenario's first revision). */
export function summarizeRevision(
  previous: Scenario | undefined,
  next: Scenario,
  event: RevisionEvent,
  catalogue: Catalogue | undefined,
  /** Names the restriction packages a change adds or removes. */
  packages?: PackageLookup,
): RevisionSummary {
  const lookups = packages ? { a: packages, b: packages } : {};
  const changes = previous === undefined ? [] : scenarioChanges(previous, next, catalogue, lookups);
  return { event, changes: changes.slice(0, MAX_STORED_CHANGES), totalChanges: changes.length };
}
