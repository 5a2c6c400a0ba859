import { getCatalogue } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import type { MergeConflict } from '../../shared/history/merge-scenarios';
import { mergeScenarios } from '../../shared/history/merge-scenarios';
import type { ScenarioChange } from '../../shared/history/scenario-changes';
import { scenarioChanges } from '../../shared/history/scenario-changes';
import { nameKey } from '../../shared/history/unique-name';
import { contentHashOf } from './append-revision';
import type { ScenarioRow } from './statements';
import type { StoreContext } from './store-context';

/**
 * How an incoming scenario relates to the library, before anything is written: new, identical to the
 * scenario with its id, different from it (`conflict`), or new but named like another scenario
 * (`name-clash`).
 */
export type ImportStatus = 'new' | 'identical' | 'conflict' | 'name-clash';

/** Why a three-way merge is not offered. */
export type MergeUnavailable = 'no-lineage' | 'unknown-ancestor' | 'different-id';

export type MergeOffer =
  | {
      readonly available: true;
      /** The common ancestor: this library's revision whose content hash the file's lineage names. */
      readonly baseRevision: number;
      readonly conflicts: readonly MergeConflict[];
      /** How many cells would arrive from the file without a conflict. */
      readonly fromTheirs: number;
    }
  | { readonly available: false; readonly reason: MergeUnavailable };

/** What the library holds where an incoming scenario matches, and what differs. */
export interface ImportMatch {
  readonly status: ImportStatus;
  /** The file's scenario without its lineage: what would be stored. */
  readonly incoming: Scenario;
  readonly head?: ScenarioRow;
  /** The library's head document (for `conflict` and `name-clash`). */
  readonly library?: Scenario;
  /** Library → file, for the conflict dialog's lever diff. */
  readonly changes: readonly ScenarioChange[];
  readonly merge: MergeOffer;
  /** The merge's three sides, when a merge is available. */
  readonly sides?: { readonly base: Scenario; readonly ours: Scenario; readonly theirs: Scenario };
}

function headDocument(ctx: StoreContext, head: ScenarioRow): Scenario | undefined {
  const row = ctx.sql.revision.get(head.id, head.head_revision);
  return row ? (JSON.parse(row.document) as Scenario) : undefined;
}

/**
 * The newest revision of this library the file's lineage names. A hash is only a name: the merge
 * uses the document this library holds under it, never anything else the file claims.
 */
function commonAncestor(ctx: StoreContext, scenario: Scenario): MergeOffer | { revision: number } {
  const lineage = scenario.lineage;
  if (!lineage) return { available: false, reason: 'no-lineage' };
  if (lineage.id !== scenario.id) return { available: false, reason: 'different-id' };
  for (const hash of lineage.revisions) {
    const revision = ctx.sql.revisionByHash.get(scenario.id, hash);
    if (revision !== undefined) return { revision };
  }
  return { available: false, reason: 'unknown-ancestor' };
}

function withoutLineage(scenario: Scenario): Scenario {
  const { lineage: _lineage, ...rest } = scenario;
  return rest;
}

/** One match per incoming scenario, in file order. Reads only. */
export function matchImport(ctx: StoreContext, scenarios: readonly Scenario[]): ImportMatch[] {
  return scenarios.map((scenario): ImportMatch => {
    const incoming = withoutLineage(scenario);
    const noMerge: MergeOffer = { available: false, reason: 'different-id' };
    const sameId = ctx.sql.scenario.get(scenario.id);
    const head = sameId ?? ctx.sql.scenarioByNameKey.get(nameKey(scenario.name));
    if (!head) return { status: 'new', incoming, changes: [], merge: noMerge };
    const library = headDocument(ctx, head);
    const current = library ? contentHashOf(library) : undefined;
    if (sameId && current === contentHashOf(incoming)) {
      return { status: 'identical', incoming, head, changes: [], merge: noMerge };
    }
    const changes = library ? scenarioChanges(library, incoming, getCatalogue(library.catalogue)) : [];
    const status = sameId ? 'conflict' : 'name-clash';
    if (!sameId || !library)
      return { status, incoming, head, ...(library ? { library } : {}), changes, merge: noMerge };
    const ancestor = commonAncestor(ctx, scenario);
    if ('available' in ancestor) return { status, incoming, head, library, changes, merge: ancestor };
    const baseRow = ctx.sql.revision.get(scenario.id, ancestor.revision)!;
    const base = JSON.parse(baseRow.document) as Scenario;
    const merged = mergeScenarios(base, library, incoming);
    return {
      status,
      incoming,
      head,
      library,
      changes,
      merge: {
        available: true,
        baseRevision: ancestor.revision,
        conflicts: merged.conflicts,
        fromTheirs: merged.fromTheirs.length,
      },
      sides: { base, ours: library, theirs: incoming },
    };
  });
}
