import { createHash } from 'node:crypto';
import type { Scenario } from '../../shared/domain/scenario';
import { canonicalJson } from '../../shared/file-format';
import { formatJsonPath } from '../../shared/file-format/json-path';
import { isBuiltInPackageId } from '../../shared/packages/built-in-packages';
import { KNOWN_SECTOR_IDS } from '../../shared/packages/known-sectors';
import { validatePackage } from '../../shared/packages/package-issues';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';
import { ok } from '../../shared/result';
import { appendRevision } from './append-revision';
import { packageUsers } from './package-reads';
import { packageSql } from './package-statements';
import type { PackageRevisionOrigin, PackageUser, SavedPackage } from './package-types';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail } from './store-error';
import { inWriteTransaction } from './transaction';

export function packageContentHash(entry: RestrictionPackage): string {
  return createHash('sha256').update(canonicalJson(entry), 'utf8').digest('hex');
}

/** Only packages that pass the shared schema and checks are stored, and none under a built-in id. */
export function validateLibraryPackage(value: unknown): StoreResult<RestrictionPackage> {
  const checked = validatePackage(value, KNOWN_SECTOR_IDS);
  if (!checked.ok) {
    const shown = checked.error
      .slice(0, 3)
      .map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`)
      .join('; ');
    return fail('invalid-input', `The restriction package is not valid: ${shown}.`, {
      issues: checked.error,
    });
  }
  if (isBuiltInPackageId(checked.value.id))
    return fail('invalid-input', `"${checked.value.id}" is a built-in restriction package's id.`, {
      id: checked.value.id,
    });
  return ok(checked.value);
}

export interface PackageRevisionMeta {
  readonly origin: PackageRevisionOrigin;
  readonly provenance?: { readonly fileName?: string; readonly restoredFrom?: number };
}

/**
 * Writes `entry` as the next revision of its id (the first, if new) unless it equals the head. Must
 * run inside the caller's transaction, with a validated package.
 */
export function writePackage(
  ctx: StoreContext,
  entry: RestrictionPackage,
  meta: PackageRevisionMeta,
): { readonly revision: number; readonly unchanged: boolean } {
  const sql = packageSql(ctx);
  const head = sql.package.get(entry.id);
  const contentHash = packageContentHash(entry);
  if (head && sql.revision.get(entry.id, head.head_revision)?.content_hash === contentHash)
    return { revision: head.head_revision, unchanged: true };
  const now = ctx.now().toISOString();
  const revision = (head?.head_revision ?? 0) + 1;
  const listing = {
    id: entry.id,
    name: entry.name,
    year: entry.year,
    updated_at: now,
    head_revision: revision,
  };
  if (head) sql.update.run(listing);
  else sql.insert.run({ ...listing, created_at: now });
  sql.insertRevision.run({
    package_id: entry.id,
    revision,
    saved_at: now,
    app_version: ctx.appVersion,
    author: ctx.identity().author,
    origin: meta.origin,
    provenance: JSON.stringify(meta.provenance ?? {}),
    content_hash: contentHash,
    document: JSON.stringify(entry),
  });
  return { revision, unchanged: false };
}

/**
 * A package changed under the scenarios that apply it: each gets a revision saying so ("Restriction
 * package '…' edited"), its content the same but for the time, so its history explains why its
 * results moved. Runs inside the caller's transaction.
 */
export function recordPackageEdit(ctx: StoreContext, entry: RestrictionPackage): PackageUser[] {
  const users = packageUsers(ctx, entry.id);
  const now = ctx.now().toISOString();
  for (const user of users) {
    const head = ctx.sql.scenario.get(user.id);
    const row = head && ctx.sql.revision.get(user.id, head.head_revision);
    if (!row) continue;
    const scenario: Scenario = { ...(JSON.parse(row.document) as Scenario), updatedAt: now };
    appendRevision(ctx, scenario, {
      origin: 'save',
      event: { kind: 'package-edited', id: entry.id, name: entry.name },
    });
  }
  return users;
}

export interface PackageSaveOptions {
  /** The head revision the caller edited: a save made elsewhere in between is refused (`conflict`). */
  readonly expectedRevision?: number;
}

/** Saves a new package or a new revision of one; the scenarios applying an edited one record the edit. */
export function savePackage(
  ctx: StoreContext,
  draft: unknown,
  options: PackageSaveOptions = {},
): StoreResult<SavedPackage> {
  return inWriteTransaction(ctx, 'save the restriction package', () => {
    const valid = validateLibraryPackage(draft);
    if (!valid.ok) return valid;
    const entry = valid.value;
    const head = packageSql(ctx).package.get(entry.id);
    if (head?.deleted_at)
      return fail('conflict', `The restriction package ${head.name} is in the trash; restore it first.`, {
        id: entry.id,
      });
    const current = head?.head_revision ?? 0;
    if (options.expectedRevision !== undefined && options.expectedRevision !== current)
      return fail(
        'conflict',
        `The restriction package was changed elsewhere (now at revision ${current}, you edited revision ${options.expectedRevision}).`,
        { id: entry.id, currentRevision: current, expectedRevision: options.expectedRevision },
      );
    const written = writePackage(ctx, entry, { origin: 'save' });
    const recordedIn = head && !written.unchanged ? recordPackageEdit(ctx, entry) : [];
    return ok({ package: entry, revision: written.revision, unchanged: written.unchanged, recordedIn });
  });
}

/** Writes an older revision's content as the new head (undoable, like every save). */
export function restorePackageRevision(
  ctx: StoreContext,
  id: string,
  revision: number,
): StoreResult<SavedPackage> {
  return inWriteTransaction(ctx, 'restore the restriction package revision', () => {
    const sql = packageSql(ctx);
    const head = sql.package.get(id);
    if (!head) return fail('not-found', `There is no restriction package with id ${id}.`, { id });
    if (head.deleted_at)
      return fail('conflict', `The restriction package ${head.name} is in the trash; restore it first.`, {
        id,
      });
    const row = sql.revision.get(id, revision);
    if (!row)
      return fail('not-found', `Restriction package ${id} has no revision ${revision}.`, { id, revision });
    const entry = JSON.parse(row.document) as RestrictionPackage;
    const written = writePackage(ctx, entry, { origin: 'restore', provenance: { restoredFrom: revision } });
    const recordedIn = written.unchanged ? [] : recordPackageEdit(ctx, entry);
    return ok({ package: entry, revision: written.revision, unchanged: written.unchanged, recordedIn });
  });
}
