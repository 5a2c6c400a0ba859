import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/domain/scenario';
import { databaseAtVersion } from '../../../test/store/database-at-version';
import { makeScenario } from '../../../test/store/library-harness';
import { useTempFolder } from '../../../test/store/temp-folder';
import { contentHashOf } from '../append-revision';
import { migrate, schemaVersion } from '../migrate';

describe('0006-unique-names', () => {
  const tempFolder = useTempFolder();

  it('numbers every name that repeats one created before it, in a new revision, leaving the rest alone', () => {
    const db = databaseAtVersion(tempFolder(), 5);
    const scenario = db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision, deleted_at)
       VALUES (?, ?, '', '[]', ?, ?, 1, ?)`,
    );
    const revision = db.prepare(
      `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
       VALUES (?, 1, ?, '0.1.0', 'save', '{}', ?, ?)`,
    );
    const add = (id: string, name: string, createdAt: string, deletedAt: string | null = null) => {
      const document = makeScenario(id, { name, createdAt, updatedAt: createdAt });
      scenario.run(id, name, createdAt, createdAt, deletedAt);
      revision.run(id, createdAt, contentHashOf(document), JSON.stringify(document));
    };
    // The real Baseline, then a scenario renamed onto it (the bug), one differing only in case, and one
    // in the trash; "Baseline (2)" is already a real name.
    add('real', 'Baseline', '2026-01-01T00:00:00.000Z');
    add('renamed', 'Baseline', '2026-01-03T00:00:00.000Z');
    add('shouting', 'BASELINE ', '2026-01-04T00:00:00.000Z');
    add('numbered', 'Baseline (2)', '2026-01-02T00:00:00.000Z');
    add('trashed', 'Baseline', '2026-01-05T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
    add('alone', 'Escalation', '2026-01-06T00:00:00.000Z');
    migrate(db, 6);
    expect(schemaVersion(db)).toBe(6);
    const rows = db.prepare('SELECT id, name, head_revision FROM scenarios ORDER BY created_at').all();
    expect(rows).toEqual([
      { id: 'real', name: 'Baseline', head_revision: 1 },
      { id: 'numbered', name: 'Baseline (2)', head_revision: 1 },
      { id: 'renamed', name: 'Baseline (3)', head_revision: 2 },
      { id: 'shouting', name: 'BASELINE (4)', head_revision: 2 },
      // The trash may hold any name: bringing it back numbers it then.
      { id: 'trashed', name: 'Baseline', head_revision: 1 },
      { id: 'alone', name: 'Escalation', head_revision: 1 },
    ]);
    const renamed = db
      .prepare("SELECT * FROM revisions WHERE scenario_id = 'renamed' AND revision = 2")
      .get() as { origin: string; document: string; content_hash: string; summary: string };
    const document = JSON.parse(renamed.document) as Scenario;
    expect(renamed.origin).toBe('rename');
    expect(document.name).toBe('Baseline (3)');
    // A real revision: its hash is the document's, its summary says what changed, the content is the same.
    expect(renamed.content_hash).toBe(contentHashOf(document));
    expect(JSON.parse(renamed.summary)).toMatchObject({
      changes: [{ kind: 'field', field: 'name', from: 'Baseline', to: 'Baseline (3)' }],
    });
    expect(document.sectors).toEqual(makeScenario('renamed').sectors);
    db.close();
  });
});
