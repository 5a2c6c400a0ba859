import { builtInPackage } from '../../shared/packages/built-in-packages';
import type { PackageLookup, RestrictionPackage } from '../../shared/packages/restriction-package';
import { ok } from '../../shared/result';
import type { PackageRevision, PackageRevisionOrigin, PackageUser, StoredPackage } from './package-types';
import type { PackageRevisionRow, PackageRow, PackageUserRow } from './package-statements';
import { packageSql } from './package-statements';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';

// Documents are written only by this store, after validation: reading them back needs no second check.
const documentOf = (row: PackageRevisionRow): RestrictionPackage =>
  JSON.parse(row.document) as RestrictionPackage;

const toUser = (row: PackageUserRow): PackageUser => ({
  id: row.id,
  name: row.name,
  inTrash: row.deleted_at !== null,
});

function toStored(row: PackageRow, head: PackageRevisionRow, users: readonly PackageUser[]): StoredPackage {
  return {
    package: documentOf(head),
    revision: row.head_revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    usedBy: users,
  };
}

/** The head document of a library package (in the trash or not), or undefined. */
export function packageHead(ctx: StoreContext, id: string): RestrictionPackage | undefined {
  const sql = packageSql(ctx);
  const row = sql.package.get(id);
  const head = row && sql.revision.get(id, row.head_revision);
  return head && documentOf(head);
}

/**
 * Packages as the library's scenarios apply them: built-in ones, then the library's own heads (those
 * in the trash too: a scenario applying one still runs).
 */
export function libraryPackageLookup(ctx: StoreContext): PackageLookup {
  return (id) => builtInPackage(id) ?? packageHead(ctx, id);
}

/** Every package of the library (the trash's included, `deletedAt` says so), oldest year first. */
export function listPackages(ctx: StoreContext): StoreResult<StoredPackage[]> {
  return guard('list the restriction packages', () => {
    const sql = packageSql(ctx);
    const users = new Map<string, PackageUser[]>();
    for (const row of sql.allUsers.all()) {
      const list = users.get(row.package_id) ?? [];
      list.push(toUser(row));
      users.set(row.package_id, list);
    }
    const heads = new Map(sql.heads.all().map((row) => [row.package_id, row]));
    return ok(
      sql.all.all().flatMap((row) => {
        const head = heads.get(row.id);
        return head ? [toStored(row, head, users.get(row.id) ?? [])] : [];
      }),
    );
  });
}

/** The scenarios whose head revisions apply a package (built-in or the library's). */
export function packageUsers(ctx: StoreContext, id: string): PackageUser[] {
  return packageSql(ctx).users.all(id).map(toUser);
}

export function getPackage(ctx: StoreContext, id: string): StoreResult<StoredPackage> {
  return guard('open the restriction package', () => {
    const sql = packageSql(ctx);
    const row = sql.package.get(id);
    if (!row) return fail('not-found', `There is no restriction package with id ${id}.`, { id });
    const head = sql.revision.get(id, row.head_revision);
    if (!head)
      return fail('corrupt', `Restriction package ${id} has lost its revision ${row.head_revision}.`, { id });
    return ok(toStored(row, head, packageUsers(ctx, id)));
  });
}

/** Every revision of a package, newest first. */
export function packageHistory(ctx: StoreContext, id: string): StoreResult<PackageRevision[]> {
  return guard('read the restriction package history', () => {
    const rows = packageSql(ctx).history.all(id);
    if (rows.length === 0) return fail('not-found', `There is no restriction package with id ${id}.`, { id });
    return ok(
      rows.map((row) => {
        const provenance = JSON.parse(row.provenance) as { fileName?: string; restoredFrom?: number };
        return {
          revision: row.revision,
          savedAt: row.saved_at,
          author: row.author,
          origin: row.origin as PackageRevisionOrigin,
          ...(provenance.fileName === undefined ? {} : { fileName: provenance.fileName }),
          ...(provenance.restoredFrom === undefined ? {} : { restoredFrom: provenance.restoredFrom }),
          package: documentOf(row),
        };
      }),
    );
  });
}
