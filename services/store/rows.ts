import type { Scenario } from '../../shared/domain/scenario';
import type {
  RevisionInfo,
  RevisionOrigin,
  RevisionProvenance,
  ScenarioSummary,
  StoredScenario,
} from './library-types';
import type { RevisionInfoRow, RevisionRow, ScenarioRow, ScenarioTuple } from './statements';

// Documents and JSON columns are written only by this store, after validation, so reading them
// back needs no second validation.

export function toSummary([
  id,
  name,
  author,
  tags,
  createdAt,
  updatedAt,
  revision,
  deletedAt,
]: ScenarioTuple): ScenarioSummary {
  return { id, name, author, tags: JSON.parse(tags) as string[], createdAt, updatedAt, revision, deletedAt };
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
