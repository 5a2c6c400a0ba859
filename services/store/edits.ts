import type { Scenario } from '../../shared/domain/scenario';
import { ok } from '../../shared/result';
import type { RevisionMeta } from './append-revision';
import { appendRevision, contentHashOf } from './append-revision';
import { keepIdentity, withIdentity } from './assign-identity';
import { libraryName, nameTaken, nameTakenError } from './library-names';
import type { SavedRevision } from './library-types';
import type { ScenarioRow } from './statements';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail } from './store-error';
import { inWriteTransaction } from './transaction';
import { libraryPackageLookup } from './package-reads';
import { checkPackageReferences, validateDocument } from './validate-document';

export interface SaveOptions {
  /**
   * The head revision the caller edited. When another program (the CLI, a second window) saved in
   * between, the save is refused with `conflict` instead of silently overwriting their revision.
   */
  readonly expectedRevision?: number;
  /** For a new scenario: the preset it was made from (its name), shown as its origin. */
  readonly preset?: string;
}

function checkHead(head: ScenarioRow | undefined, id: string, options: SaveOptions): StoreResult<void> {
  if (head?.deleted_at)
    return fail('conflict', `The scenario ${head.name} is in the trash; restore it first.`, { id });
  const current = head?.head_revision ?? 0;
  if (options.expectedRevision !== undefined && options.expectedRevision !== current) {
    return fail(
      'conflict',
      `The scenario was changed elsewhere (now at revision ${current}, you edited revision ${options.expectedRevision}).`,
      { id, currentRevision: current, expectedRevision: options.expectedRevision },
    );
  }
  return ok(undefined);
}

/**
 * Validates, stamps the store's timestamps (createdAt is kept from the first revision, updatedAt
 * is now) and appends a revision; a save identical to the head adds nothing. Runs inside a
 * transaction.
 */
export function writeHead(
  ctx: StoreContext,
  draft: Scenario,
  head: ScenarioRow | undefined,
  meta: RevisionMeta,
): StoreResult<SavedRevision> {
  const document = validateDocument(draft);
  const valid = document.ok ? checkPackageReferences(document.value, libraryPackageLookup(ctx)) : document;
  if (!valid.ok) return valid;
  const scenario: Scenario = {
    ...valid.value,
    createdAt: head?.created_at ?? valid.value.createdAt,
    updatedAt: ctx.now().toISOString(),
  };
  if (head) {
    const current = ctx.sql.revision.get(head.id, head.head_revision);
    if (current && contentHashOf({ ...scenario, updatedAt: head.updated_at }) === current.content_hash) {
      const stored = JSON.parse(current.document) as Scenario;
      const same = {
        id: head.id,
        revision: head.head_revision,
        savedAt: current.saved_at,
        contentHash: current.content_hash,
      };
      return ok({ ...same, scenario: stored, unchanged: true });
    }
  }
  const written = appendRevision(ctx, scenario, meta);
  return ok({ id: scenario.id, ...written, scenario, unchanged: false });
}

/**
 * Saves a new scenario or a new revision of an existing one. A new scenario gets a name no other
 * scenario has (numbered: "Escalation (2)"), an identity of its own (colour and dash) and "Your name" as
 * its author when it names none; a new revision that renames the scenario onto another's name is refused.
 */
export function saveScenario(
  ctx: StoreContext,
  draft: Scenario,
  options: SaveOptions = {},
): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, 'save the scenario', () => {
    const id = (draft as { id?: unknown }).id;
    const head = typeof id === 'string' ? ctx.sql.scenario.get(id) : undefined;
    const allowed = checkHead(head, String(id), options);
    if (!allowed.ok) return allowed;
    if (head) {
      if (typeof draft.name === 'string' && draft.name !== head.name && nameTaken(ctx, draft.name, head.id))
        return nameTakenError(draft.name);
      return writeHead(ctx, draft, head, { origin: 'save', event: { kind: 'edit' } });
    }
    const named: Scenario =
      typeof draft.name === 'string' && typeof id === 'string'
        ? withIdentity(ctx, {
            ...draft,
            name: libraryName(ctx, draft.name, id),
            author: draft.author || ctx.identity().author,
          })
        : draft;
    const preset = options.preset;
    return writeHead(ctx, named, undefined, {
      origin: 'save',
      event: preset === undefined ? { kind: 'created' } : { kind: 'created', preset },
      scenarioOrigin: preset === undefined ? { kind: 'blank' } : { kind: 'preset', preset },
    });
  });
}

/**
 * Applies `edit` to the head document and saves the result as a new revision; `check` may refuse the
 * edit first (inside the same transaction, so nothing changes between the check and the write).
 */
function editHead(
  ctx: StoreContext,
  id: string,
  action: string,
  meta: RevisionMeta,
  edit: (scenario: Scenario) => Scenario,
  options: SaveOptions,
  check: () => StoreResult<void> = () => ok(undefined),
): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, action, () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const allowed = checkHead(head, id, options);
    if (!allowed.ok) return allowed;
    const checked = check();
    if (!checked.ok) return checked;
    const row = ctx.sql.revision.get(id, head.head_revision);
    if (!row) return fail('corrupt', `Scenario ${id} has lost its revision ${head.head_revision}.`, { id });
    return writeHead(ctx, edit(JSON.parse(row.document) as Scenario), head, meta);
  });
}

export function renameScenario(
  ctx: StoreContext,
  id: string,
  name: string,
  options: SaveOptions = {},
): StoreResult<SavedRevision> {
  return editHead(
    ctx,
    id,
    'rename the scenario',
    { origin: 'rename', event: { kind: 'edit' } },
    (scenario) => ({ ...scenario, name }),
    options,
    () => (nameTaken(ctx, name, id) ? nameTakenError(name) : ok(undefined)),
  );
}

export function setScenarioTags(
  ctx: StoreContext,
  id: string,
  tags: readonly string[],
  options: SaveOptions = {},
): StoreResult<SavedRevision> {
  const unique = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  return editHead(
    ctx,
    id,
    'tag the scenario',
    { origin: 'tag', event: { kind: 'edit' } },
    (scenario) => ({ ...scenario, tags: unique }),
    options,
  );
}

/**
 * Writes an older revision's content as a new head revision, so restoring is itself undoable and
 * the history keeps everything. An old name another scenario has taken since is made unique; the
 * scenario keeps the identity it is drawn in now when the old revision has none.
 */
export function restoreRevision(ctx: StoreContext, id: string, revision: number): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, 'restore the revision', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const allowed = checkHead(head, id, {});
    if (!allowed.ok) return allowed;
    const row = ctx.sql.revision.get(id, revision);
    if (!row) return fail('not-found', `Scenario ${id} has no revision ${revision}.`, { id, revision });
    const old = JSON.parse(row.document) as Scenario;
    const current = ctx.sql.revision.get(id, head.head_revision);
    const now = current ? (JSON.parse(current.document) as Scenario) : undefined;
    const restored = keepIdentity({ ...old, name: libraryName(ctx, old.name, id) }, now);
    return writeHead(ctx, restored, head, {
      origin: 'restore',
      event: { kind: 'restored', revision },
      provenance: { restoredFrom: revision },
    });
  });
}

/**
 * A copy under a new id, with a name and an identity of its own (shown next to the original, it must
 * not look like it), whose `parent` records the revision it was copied from.
 */
export function duplicateScenario(ctx: StoreContext, id: string, name?: string): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, 'duplicate the scenario', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const row = ctx.sql.revision.get(id, head.head_revision);
    if (!row) return fail('corrupt', `Scenario ${id} has lost its revision ${head.head_revision}.`, { id });
    const source = JSON.parse(row.document) as Scenario;
    const now = ctx.now().toISOString();
    const newId = ctx.newId();
    const copy = withIdentity(
      ctx,
      {
        ...source,
        id: newId,
        name: libraryName(ctx, name ?? source.name, newId),
        createdAt: now,
        updatedAt: now,
        parent: { id, revision: head.head_revision },
      },
      source,
    );
    return writeHead(ctx, copy, undefined, {
      origin: 'duplicate',
      event: { kind: 'duplicated', from: source.name },
      scenarioOrigin: { kind: 'duplicate', fromId: id, fromName: source.name },
    });
  });
}
