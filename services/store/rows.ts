import type { Scenario } from '../../shared/domain/scenario';
import type { RevisionSummary } from '../../shared/history/revision-summary';
import type {
  RevisionInfo,
  RevisionOrigin,
  RevisionProvenance,
  ScenarioOrigin,
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
  description,
  origin,
]: ScenarioTuple): ScenarioSummary {
  return {
    id,
    name,
    description: firstLine(description),
    author,
    origin: JSON.parse(origin) as ScenarioOrigin,
    tags: JSON.parse(tags) as string[],
    createdAt,
    updatedAt,
    revision,
    deletedAt,
  };
}

/** The library shows one line of a description; 300 characters are more than a column holds. */
function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
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
    author: row.author,
    summary: row.summary === '{}' ? null : (JSON.parse(row.summary) as RevisionSummary),
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
