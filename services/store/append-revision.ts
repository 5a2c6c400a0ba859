import { createHash } from 'node:crypto';
import { getCatalogue } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { canonicalJson } from '../../shared/file-format';
import type { RevisionEvent } from '../../shared/history/revision-summary';
import { summarizeRevision } from '../../shared/history/revision-summary';
import { nameKey } from '../../shared/history/unique-name';
import type { RevisionOrigin, RevisionProvenance, ScenarioOrigin } from './library-types';
import { libraryPackageLookup } from './package-reads';
import { packageSql } from './package-statements';
import type { StoreContext } from './store-context';

export interface AppendedRevision {
  readonly revision: number;
  readonly savedAt: string;
  readonly contentHash: string;
}

/**
 * The canonical hash of one scenario: exactly `scenarioContentHash([scenario])` (SHA-256 of the
 * canonical JSON), computed with Node's native SHA-256, which is ~5× faster here than the portable
 * one `shared/` must use; every save and import pays it. Files name revisions by this hash (lineage).
 */
export function contentHashOf(scenario: Scenario): string {
  return createHash('sha256')
    .update(canonicalJson([scenario]), 'utf8')
    .digest('hex');
}

/** What a revision says about itself beyond its document. */
export interface RevisionMeta {
  readonly origin: RevisionOrigin;
  readonly event: RevisionEvent;
  readonly provenance?: RevisionProvenance;
  /** For a scenario's first revision: how it came to be (the library's "Origin" column). */
  readonly scenarioOrigin?: ScenarioOrigin;
  /** The content the summary compares with, when it is not the head (a merge compares with ours). */
  readonly previous?: Scenario;
}

/**
 * Writes `scenario` as the next revision of its id (the first, if the id is new) with the current
 * author and a summary of the changes from the head, and refreshes the listing columns, tag rows and
 * the restriction packages it applies.
 * Must run inside the caller's transaction, and only with a document that has passed validation.
 */
export function appendRevision(ctx: StoreContext, scenario: Scenario, meta: RevisionMeta): AppendedRevision {
  const head = ctx.sql.scenario.get(scenario.id);
  const revision = head ? head.head_revision + 1 : 1;
  const savedAt = ctx.now().toISOString();
  const contentHash = contentHashOf(scenario);
  const previousRow = head ? ctx.sql.revision.get(head.id, head.head_revision) : undefined;
  const previous =
    meta.previous ?? (previousRow ? (JSON.parse(previousRow.document) as Scenario) : undefined);
  const summary = summarizeRevision(
    previous,
    scenario,
    meta.event,
    getCatalogue(scenario.catalogue),
    libraryPackageLookup(ctx),
  );
  const listing = {
    id: scenario.id,
    name: scenario.name,
    // The key names are compared by, written with every name: the index unique names look up.
    name_key: nameKey(scenario.name),
    description: scenario.description,
    author: scenario.author,
    tags: JSON.stringify(scenario.tags),
    updated_at: scenario.updatedAt,
    head_revision: revision,
  };
  if (head) ctx.sql.updateScenario.run(listing);
  else
    ctx.sql.insertScenario.run({
      ...listing,
      created_at: scenario.createdAt,
      origin: JSON.stringify({ at: savedAt, ...(meta.scenarioOrigin ?? { kind: 'blank' }) }),
    });
  ctx.sql.insertRevision.run({
    scenario_id: scenario.id,
    revision,
    saved_at: savedAt,
    app_version: ctx.appVersion,
    origin: meta.origin,
    provenance: JSON.stringify(meta.provenance ?? {}),
    content_hash: contentHash,
    document: JSON.stringify(scenario),
    author: ctx.identity().author,
    summary: JSON.stringify(summary),
  });
  ctx.sql.deleteTags.run(scenario.id);
  for (const tag of new Set(scenario.tags)) ctx.sql.insertTag.run(scenario.id, tag);
  const packages = packageSql(ctx);
  packages.deleteUses.run(scenario.id);
  for (const id of scenario.restrictionPackages ?? []) packages.insertUse.run(scenario.id, id);
  return { revision, savedAt, contentHash };
}
