import type { Scenario } from '../../../../shared/domain/scenario';
import type { RevisionInfo, RevisionOrigin, RevisionProvenance, ScenarioSummary, StoredScenario } from './library-types';
import type { RevisionInfoRow, RevisionRow, ScenarioRow } from './statements';

// Documents and JSON columns are written only by this store, after validation, so reading them
// back needs no second validation.

export function toSummary(row: ScenarioRow): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    author: row.author,
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.head_revision,
    deletedAt: row.deleted_at,
  };
}

export function toRevisionInfo(row: RevisionInfoRow): RevisionInfo {
  return {
    revision: row.revision,
    savedAt: row.saved_at,
    appVersion: row.app_version,
    origin: row.origin as RevisionOrigin,
    provenance: JSON.parse(row.provenance) as RevisionProvenance,
    contentHash: row.content_hash,
    name: row.name ?? '',
  };
}

export function toStored(row: RevisionRow, head: ScenarioRow): StoredScenario {
  const scenario = JSON.parse(row.document) as Scenario;
  return {
    ...toRevisionInfo({ ...row, name: scenario.name }),
    scenario,
    headRevision: head.head_revision,
    deletedAt: head.deleted_at,
  };
}
