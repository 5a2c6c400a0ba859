import { createHash } from 'node:crypto';
import type { Scenario } from '../../shared/domain/scenario';
import { canonicalJson } from '../../shared/file-format';
import type { RevisionOrigin, RevisionProvenance } from './library-types';
import type { StoreContext } from './store-context';

export interface AppendedRevision {
  readonly revision: number;
  readonly savedAt: string;
  readonly contentHash: string;
}

/**
 * The canonical hash of one scenario: exactly `scenarioContentHash([scenario])` (SHA-256 of the
 * canonical JSON), computed with Node's native SHA-256, which is ~5× faster here than the portable
 * one `shared/` must use; every save and import pays it.
 */
export function contentHashOf(scenario: Scenario): string {
  return createHash('sha256')
    .update(canonicalJson([scenario]), 'utf8')
    .digest('hex');
}

/**
 * Writes `scenario` as the next revision of its id (the first, if the id is new) and refreshes the
 * listing columns and tag rows. Must run inside the caller's transaction, and only with a document
 * that has passed validation.
 */
export function appendRevision(
  ctx: StoreContext,
  scenario: Scenario,
  origin: RevisionOrigin,
  provenance: RevisionProvenance = {},
): AppendedRevision {
  const head = ctx.sql.scenario.get(scenario.id);
  const revision = head ? head.head_revision + 1 : 1;
  const savedAt = ctx.now().toISOString();
  const contentHash = contentHashOf(scenario);
  const listing = {
    id: scenario.id,
    name: scenario.name,
    author: scenario.author,
    tags: JSON.stringify(scenario.tags),
    updated_at: scenario.updatedAt,
    head_revision: revision,
  };
  if (head) ctx.sql.updateScenario.run(listing);
  else ctx.sql.insertScenario.run({ ...listing, created_at: scenario.createdAt });
  ctx.sql.insertRevision.run({
    scenario_id: scenario.id,
    revision,
    saved_at: savedAt,
    app_version: ctx.appVersion,
    origin,
    provenance: JSON.stringify(provenance),
    content_hash: contentHash,
    document: JSON.stringify(scenario),
  });
  ctx.sql.deleteTags.run(scenario.id);
  for (const tag of new Set(scenario.tags)) ctx.sql.insertTag.run(scenario.id, tag);
  return { revision, savedAt, contentHash };
}
