import type { Scenario } from '../../shared/domain/scenario';
import { ok } from '../../shared/result';
import { writeHead } from './edits';
import { libraryName } from './library-names';
import type { ScenarioSummary } from './library-types';
import { toSummary } from './rows';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';
import { inWriteTransaction } from './transaction';

/** Moves a scenario to the trash: it leaves the list but keeps every revision until emptied. */
export function trashScenario(ctx: StoreContext, id: string): StoreResult<{ readonly deletedAt: string }> {
  return inWriteTransaction(ctx, 'move the scenario to the trash', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    if (head.deleted_at) return ok({ deletedAt: head.deleted_at });
    const deletedAt = ctx.now().toISOString();
    ctx.sql.setDeletedAt.run(deletedAt, id);
    return ok({ deletedAt });
  });
}

/**
 * Undo of `trashScenario`. A name another scenario took while this one was in the trash is numbered
 * ("Escalation (2)", a new revision), so that names stay unique in the library.
 */
export function untrashScenario(ctx: StoreContext, id: string): StoreResult<void> {
  return inWriteTransaction(ctx, 'restore the scenario from the trash', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head)
      return fail('not-found', `There is no scenario with id ${id} (the trash may have been emptied).`, {
        id,
      });
    ctx.sql.setDeletedAt.run(null, id);
    const name = libraryName(ctx, head.name, id);
    if (name === head.name) return ok(undefined);
    const row = ctx.sql.revision.get(id, head.head_revision);
    if (!row) return fail('corrupt', `Scenario ${id} has lost its revision ${head.head_revision}.`, { id });
    const renamed = writeHead(
      ctx,
      { ...(JSON.parse(row.document) as Scenario), name },
      { ...head, deleted_at: null },
      { origin: 'rename', event: { kind: 'edit' } },
    );
    return renamed.ok ? ok(undefined) : renamed;
  });
}

export function listTrash(ctx: StoreContext): StoreResult<ScenarioSummary[]> {
  return guard('list the trash', () => ok(ctx.sql.listTrash.all().map(toSummary)));
}

/**
 * Deletes trashed scenarios and all their revisions for good: the given ones, or all of them.
 * Scenarios not in the trash are never touched.
 */
export function emptyTrash(
  ctx: StoreContext,
  ids?: readonly string[],
): StoreResult<{ readonly removed: number }> {
  return inWriteTransaction(ctx, 'empty the trash', () => {
    if (ids === undefined) return ok({ removed: ctx.sql.purgeAllTrashed.run().changes });
    let removed = 0;
    for (const id of ids) removed += ctx.sql.purgeTrashed.run(id).changes;
    return ok({ removed });
  });
}
