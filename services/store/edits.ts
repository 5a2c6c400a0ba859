import type { Scenario } from '../../shared/domain/scenario';
import { ok } from '../../shared/result';
import { appendRevision, contentHashOf } from './append-revision';
import type { RevisionOrigin, RevisionProvenance, SavedRevision } from './library-types';
import type { ScenarioRow } from './statements';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail } from './store-error';
import { inWriteTransaction } from './transaction';
import { validateDocument } from './validate-document';

export interface SaveOptions {
  /**
   * The head revision the caller edited. When another program (the CLI, a second window) saved in
   * between, the save is refused with `conflict` instead of silently overwriting their revision.
   */
  readonly expectedRevision?: number;
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
function writeHead(
  ctx: StoreContext,
  draft: Scenario,
  head: ScenarioRow | undefined,
  origin: RevisionOrigin,
  provenance?: RevisionProvenance,
): StoreResult<SavedRevision> {
  const valid = validateDocument(draft);
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
  const written = appendRevision(ctx, scenario, origin, provenance);
  return ok({ id: scenario.id, ...written, scenario, unchanged: false });
}

/** Saves a new scenario or a new revision of an existing one. */
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
    return writeHead(ctx, draft, head, 'save');
  });
}

/** Applies `edit` to the head document and saves the result as a new revision. */
function editHead(
  ctx: StoreContext,
  id: string,
  action: string,
  origin: RevisionOrigin,
  edit: (scenario: Scenario) => Scenario,
  options: SaveOptions,
): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, action, () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const allowed = checkHead(head, id, options);
    if (!allowed.ok) return allowed;
    const row = ctx.sql.revision.get(id, head.head_revision);
    if (!row) return fail('corrupt', `Scenario ${id} has lost its revision ${head.head_revision}.`, { id });
    return writeHead(ctx, edit(JSON.parse(row.document) as Scenario), head, origin);
  });
}

export function renameScenario(
  ctx: StoreContext,
  id: string,
  name: string,
  options: SaveOptions = {},
): StoreResult<SavedRevision> {
  return editHead(ctx, id, 'rename the scenario', 'rename', (scenario) => ({ ...scenario, name }), options);
}

export function setScenarioTags(
  ctx: StoreContext,
  id: string,
  tags: readonly string[],
  options: SaveOptions = {},
): StoreResult<SavedRevision> {
  const unique = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  return editHead(ctx, id, 'tag the scenario', 'tag', (scenario) => ({ ...scenario, tags: unique }), options);
}

/**
 * Writes an older revision's content as a new head revision, so restoring is itself undoable and
 * the history keeps everything.
 */
export function restoreRevision(ctx: StoreContext, id: string, revision: number): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, 'restore the revision', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const allowed = checkHead(head, id, {});
    if (!allowed.ok) return allowed;
    const row = ctx.sql.revision.get(id, revision);
    if (!row) return fail('not-found', `Scenario ${id} has no revision ${revision}.`, { id, revision });
    return writeHead(ctx, JSON.parse(row.document) as Scenario, head, 'restore', { restoredFrom: revision });
  });
}

/** A copy under a new id whose `parent` records the revision it was copied from. */
export function duplicateScenario(ctx: StoreContext, id: string, name?: string): StoreResult<SavedRevision> {
  return inWriteTransaction(ctx, 'duplicate the scenario', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const row = ctx.sql.revision.get(id, head.head_revision);
    if (!row) return fail('corrupt', `Scenario ${id} has lost its revision ${head.head_revision}.`, { id });
    const source = JSON.parse(row.document) as Scenario;
    const now = ctx.now().toISOString();
    const copy: Scenario = {
      ...source,
      id: ctx.newId(),
      name: name ?? `${source.name} (copy)`,
      createdAt: now,
      updatedAt: now,
      parent: { id, revision: head.head_revision },
    };
    return writeHead(ctx, copy, undefined, 'duplicate');
  });
}
