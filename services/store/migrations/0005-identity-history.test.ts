import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../../test/store/database-at-version';
import { useTempFolder } from '../../../test/store/temp-folder';
import { migrate, schemaVersion } from '../migrate';

describe('0005-identity-history', () => {
  const tempFolder = useTempFolder();

  it('fills descriptions and origins from the documents and keeps every revision, with no summary recorded', () => {
    const db = databaseAtVersion(tempFolder(), 4);
    const scenario = db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES (?, ?, '', '[]', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', ?)`,
    );
    const revision = db.prepare(
      `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
       VALUES (?, ?, ?, '0.1.0', ?, ?, ?, ?)`,
    );
    scenario.run('a', 'A', 2);
    revision.run(
      'a',
      1,
      '2026-01-01T00:00:00Z',
      'import',
      '{"fileName":"plan.chokepoint"}',
      'h1',
      '{"description":"old"}',
    );
    revision.run('a', 2, '2026-01-02T00:00:00Z', 'save', '{}', 'h2', '{"description":"First line\\nsecond"}');
    scenario.run('b', 'B', 1);
    revision.run(
      'b',
      1,
      '2026-01-01T00:00:00Z',
      'duplicate',
      '{}',
      'h3',
      '{"description":"","parent":{"id":"a","revision":1}}',
    );
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);
    const rows = db.prepare('SELECT id, description, origin FROM scenarios ORDER BY id').all();
    expect(rows).toEqual([
      {
        id: 'a',
        description: 'First line\nsecond',
        origin: JSON.stringify({ kind: 'import', at: '2026-01-01T00:00:00Z', fileName: 'plan.chokepoint' }),
      },
      {
        id: 'b',
        description: '',
        origin: JSON.stringify({ kind: 'duplicate', at: '2026-01-01T00:00:00Z', fromId: 'a' }),
      },
    ]);
    expect(
      db
        .prepare('SELECT revision, author, summary FROM revisions WHERE scenario_id = ? ORDER BY revision')
        .all('a'),
    ).toEqual([
      { revision: 1, author: '', summary: '{}' },
      { revision: 2, author: '', summary: '{}' },
    ]);
    // Revisions are found by content hash through the new index.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT revision FROM revisions WHERE scenario_id = 'a' AND content_hash = 'h2'",
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/revisions_by_hash|sqlite_autoindex/);
    expect(() => db.prepare("UPDATE revisions SET summary = 'not json'").run()).toThrow(/CHECK/);
    db.close();
  });
});
