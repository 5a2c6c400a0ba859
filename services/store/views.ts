import type { ComparisonView, ComparisonViewDraft } from '../../shared/api/view-schemas';
import { comparisonViewDraftSchema } from '../../shared/api/view-schemas';
import { formatJsonPath } from '../../shared/file-format/json-path';
import { ok } from '../../shared/result';
import type { ViewRow } from './statements';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';
import { inWriteTransaction } from './transaction';

// Rows are written only here, after validation: reading them back needs no second validation.
function toView(ctx: StoreContext, row: ViewRow): ComparisonView {
  const scenarioIds = JSON.parse(row.scenario_ids) as string[];
  return {
    id: row.id,
    name: row.name,
    scenarioIds,
    referenceId: row.reference_id,
    options: JSON.parse(row.options) as ComparisonView['options'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    missingScenarioIds: scenarioIds.filter((id) => ctx.sql.scenarioExists.get(id) === undefined),
  };
}

export interface SaveViewOptions {
  /** The `updatedAt` the page last read: a save over a newer change is refused, never silently lost. */
  readonly expectedUpdatedAt?: string;
}

/**
 * Saves a comparison view: new without an id (or with an unknown one), else replacing the view of that
 * id (keeping when it was created). Every scenario must be in the library (in the trash is fine).
 */
export function saveView(
  ctx: StoreContext,
  draft: ComparisonViewDraft,
  options: SaveViewOptions = {},
): StoreResult<ComparisonView> {
  const parsed = comparisonViewDraftSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(
      'invalid-input',
      `The view is not valid: ${formatJsonPath(issue.path as (string | number)[])}: ${issue.message}`,
      { issues: parsed.error.issues },
    );
  }
  const view = parsed.data;
  return inWriteTransaction(ctx, 'save the comparison view', () => {
    const missing = view.scenarioIds.find((id) => ctx.sql.scenarioExists.get(id) === undefined);
    if (missing !== undefined)
      return fail('not-found', `There is no scenario with id ${missing}.`, { id: missing });
    const existing = view.id === undefined ? undefined : ctx.sql.view.get(view.id);
    if (
      options.expectedUpdatedAt !== undefined &&
      existing &&
      existing.updated_at !== options.expectedUpdatedAt
    ) {
      return fail('conflict', `The view "${existing.name}" was changed elsewhere since it was opened.`, {
        currentUpdatedAt: existing.updated_at,
      });
    }
    const now = ctx.now().toISOString();
    const id = view.id ?? ctx.newId();
    ctx.sql.upsertView.run({
      id,
      name: view.name,
      scenario_ids: JSON.stringify(view.scenarioIds),
      reference_id: view.referenceId,
      options: JSON.stringify(view.options),
      created_at: existing?.created_at ?? now,
      updated_at: now,
    });
    return ok(toView(ctx, ctx.sql.view.get(id)!));
  });
}

/** Every saved view, most recently changed first. */
export function listViews(ctx: StoreContext): StoreResult<ComparisonView[]> {
  return guard('list the comparison views', () => ok(ctx.sql.listViews.all().map((row) => toView(ctx, row))));
}

export function getView(ctx: StoreContext, id: string): StoreResult<ComparisonView> {
  return guard('open the comparison view', () => {
    const row = ctx.sql.view.get(id);
    return row
      ? ok(toView(ctx, row))
      : fail('not-found', `There is no comparison view with id ${id}.`, { id });
  });
}

/** Deletes a view; deleting one that is already gone is not an error (`deleted: false`). */
export function deleteView(ctx: StoreContext, id: string): StoreResult<{ readonly deleted: boolean }> {
  return inWriteTransaction(ctx, 'delete the comparison view', () =>
    ok({ deleted: ctx.sql.deleteView.run(id).changes > 0 }),
  );
}
