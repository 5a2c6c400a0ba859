import { ok } from '../../shared/result';
import type { ListQuery, RevisionInfo, ScenarioSummary, StoredScenario } from './library-types';
import { toRevisionInfo, toStored, toSummary } from './rows';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';

/** `50%_off` → `%50\%\_off%`: the user's text matched literally, anywhere in the value. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Scenarios not in the trash, newest first, optionally filtered by text and tag. */
export function listScenarios(ctx: StoreContext, query: ListQuery = {}): StoreResult<ScenarioSummary[]> {
  const text = query.text?.trim() ? likePattern(query.text.trim()) : null;
  const tag = query.tag?.trim() ? query.tag.trim() : null;
  return guard('list the scenarios', () =>
    ok(ctx.sql.list.all({ text, tag, limit: query.limit ?? -1, offset: query.offset ?? 0 }).map(toSummary)),
  );
}

/** The head revision of a scenario (also when it is in the trash: `deletedAt` says so). */
export function getScenario(ctx: StoreContext, id: string): StoreResult<StoredScenario> {
  return guard('open the scenario', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const row = ctx.sql.revision.get(id, head.head_revision);
    if (!row) return fail('corrupt', `Scenario ${id} has lost its revision ${head.head_revision}.`, { id });
    return ok(toStored(row, head));
  });
}

export function getRevision(ctx: StoreContext, id: string, revision: number): StoreResult<StoredScenario> {
  return guard('open the revision', () => {
    const head = ctx.sql.scenario.get(id);
    if (!head) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    const row = ctx.sql.revision.get(id, revision);
    if (!row) return fail('not-found', `Scenario ${id} has no revision ${revision}.`, { id, revision });
    return ok(toStored(row, head));
  });
}

/** Every revision of a scenario, newest first. */
export function scenarioHistory(ctx: StoreContext, id: string): StoreResult<RevisionInfo[]> {
  return guard('read the history', () => {
    const rows = ctx.sql.history.all(id);
    if (rows.length === 0) return fail('not-found', `There is no scenario with id ${id}.`, { id });
    return ok(rows.map(toRevisionInfo));
  });
}
