import type { Scenario } from '../../shared/domain/scenario';
import { ok } from '../../shared/result';
import { appendRevision, contentHashOf } from './append-revision';
import type { RevisionProvenance } from './library-types';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { inWriteTransaction } from './transaction';

/** What to do with a scenario whose id is in the library with different content. */
export type ConflictPolicy = 'keep-both' | 'replace' | 'skip';

export const CONFLICT_POLICIES: readonly ConflictPolicy[] = ['keep-both', 'replace', 'skip'];

/** How an incoming scenario relates to the library, before anything is written. */
export type ImportStatus = 'new' | 'identical' | 'conflict';

export interface ImportedItem {
  readonly id: string;
  readonly name: string;
  /** The library revision the import wrote (or, for skipped ones, the revision left as it was). */
  readonly revision: number;
}

export interface ImportWarning {
  readonly kind: string;
  readonly message: string;
}

export interface ImportReport {
  readonly fileName: string;
  readonly added: readonly ImportedItem[];
  /** The previous content stays in the history as `previousRevision`. */
  readonly replaced: readonly (ImportedItem & { readonly previousRevision: number })[];
  readonly skipped: readonly (ImportedItem & { readonly reason: 'identical' | 'conflict' })[];
  /** Imported under a new id; `parent` in the document points at the library's scenario. */
  readonly keptBoth: readonly (ImportedItem & { readonly originalId: string })[];
  readonly warnings: readonly ImportWarning[];
}

/** Where the scenarios came from, recorded on every revision the import writes. */
export interface ImportSource {
  readonly fileName: string;
  readonly sourceAppVersion?: string;
  readonly exportedAt?: string;
  readonly warnings?: readonly ImportWarning[];
}

/** Lets the UI ask about conflicts before importing: one status per incoming scenario. */
export function classifyImport(ctx: StoreContext, scenarios: readonly Scenario[]): ImportStatus[] {
  return scenarios.map((scenario) => {
    const head = ctx.sql.scenario.get(scenario.id);
    if (!head) return 'new';
    const current = ctx.sql.revision.get(scenario.id, head.head_revision);
    return current?.content_hash === contentHashOf(scenario) ? 'identical' : 'conflict';
  });
}

/**
 * Writes already-validated scenarios in one transaction: all of them or, on any failure, none.
 * Nothing is overwritten silently: identical content is skipped, and a different scenario under a
 * known id follows `policy`.
 */
export function importScenarios(
  ctx: StoreContext,
  scenarios: readonly Scenario[],
  source: ImportSource,
  policy: ConflictPolicy,
): StoreResult<ImportReport> {
  return inWriteTransaction(ctx, `import ${source.fileName}`, () => {
    const report = {
      fileName: source.fileName,
      added: [] as ImportedItem[],
      replaced: [] as (ImportedItem & { previousRevision: number })[],
      skipped: [] as (ImportedItem & { reason: 'identical' | 'conflict' })[],
      keptBoth: [] as (ImportedItem & { originalId: string })[],
      warnings: [...(source.warnings ?? [])],
    };
    const provenance: RevisionProvenance = {
      fileName: source.fileName,
      ...(source.sourceAppVersion === undefined ? {} : { sourceAppVersion: source.sourceAppVersion }),
      ...(source.exportedAt === undefined ? {} : { exportedAt: source.exportedAt }),
    };
    const statuses = classifyImport(ctx, scenarios);
    scenarios.forEach((scenario, index) => {
      const status = statuses[index];
      const head = ctx.sql.scenario.get(scenario.id);
      if (head?.deleted_at && status !== 'new') {
        report.warnings.push({
          kind: 'in-trash',
          message: `"${scenario.name}" (${scenario.id}) is in the library's trash.`,
        });
      }
      if (status === 'new' || !head) {
        const written = appendRevision(ctx, scenario, 'import', provenance);
        report.added.push({ id: scenario.id, name: scenario.name, revision: written.revision });
      } else if (status === 'identical' || policy === 'skip') {
        const reason = status === 'identical' ? 'identical' : 'conflict';
        report.skipped.push({ id: scenario.id, name: scenario.name, revision: head.head_revision, reason });
      } else if (policy === 'replace') {
        const written = appendRevision(ctx, scenario, 'import', {
          ...provenance,
          replacedRevision: head.head_revision,
        });
        // An explicit replace brings the scenario back into view.
        if (head.deleted_at) ctx.sql.setDeletedAt.run(null, scenario.id);
        report.replaced.push({
          id: scenario.id,
          name: scenario.name,
          revision: written.revision,
          previousRevision: head.head_revision,
        });
      } else {
        const copy: Scenario = {
          ...scenario,
          id: ctx.newId(),
          parent: { id: scenario.id, revision: head.head_revision },
        };
        const written = appendRevision(ctx, copy, 'import', { ...provenance, originalId: scenario.id });
        report.keptBoth.push({
          id: copy.id,
          name: copy.name,
          revision: written.revision,
          originalId: scenario.id,
        });
      }
    });
    return ok(report);
  });
}
