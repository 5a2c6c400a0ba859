import { ok } from '../../shared/result';
import { packageUsers } from './package-reads';
import { packageSql } from './package-statements';
import type { PackageUser } from './package-types';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail } from './store-error';
import { inWriteTransaction } from './transaction';

/**
 * Moves a package to the trash: it leaves the list of packages to apply, but scenarios that apply it
 * still run with it (and still export it) until it is restored or, unused, the trash is emptied.
 */
export function trashPackage(ctx: StoreContext, id: string): StoreResult<{ readonly deletedAt: string }> {
  return inWriteTransaction(ctx, 'move the restriction package to the trash', () => {
    const sql = packageSql(ctx);
    const head = sql.package.get(id);
    if (!head) return fail('not-found', `There is no restriction package with id ${id}.`, { id });
    if (head.deleted_at) return ok({ deletedAt: head.deleted_at });
    const deletedAt = ctx.now().toISOString();
    sql.setDeletedAt.run(deletedAt, id);
    return ok({ deletedAt });
  });
}

export function untrashPackage(ctx: StoreContext, id: string): StoreResult<void> {
  return inWriteTransaction(ctx, 'restore the restriction package from the trash', () => {
    const sql = packageSql(ctx);
    if (!sql.package.get(id))
      return fail(
        'not-found',
        `There is no restriction package with id ${id} (the trash may have been emptied).`,
        {
          id,
        },
      );
    sql.setDeletedAt.run(null, id);
    return ok(undefined);
  });
}

export interface EmptiedPackages {
  readonly removed: number;
  /** Packages left in the trash because scenarios still apply them (removing them would break those). */
  readonly kept: readonly {
    readonly id: string;
    readonly name: string;
    readonly usedBy: readonly PackageUser[];
  }[];
}

/** Deletes trashed packages for good (the given ones, or all), except those a scenario still applies. */
export function emptyPackageTrash(ctx: StoreContext, ids?: readonly string[]): StoreResult<EmptiedPackages> {
  return inWriteTransaction(ctx, 'empty the restriction package trash', () => {
    const sql = packageSql(ctx);
    const trashed = sql.all
      .all()
      .filter((row) => row.deleted_at !== null && (ids === undefined || ids.includes(row.id)));
    let removed = 0;
    const kept: EmptiedPackages['kept'][number][] = [];
    for (const row of trashed) {
      const usedBy = packageUsers(ctx, row.id);
      if (usedBy.length > 0) kept.push({ id: row.id, name: row.name, usedBy });
      else removed += sql.purge.run(row.id).changes;
    }
    return ok({ removed, kept });
  });
}
