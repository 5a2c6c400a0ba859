import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../../test/store/temp-folder';
import { schemaVersion, migrate } from '../migrate';
import { databaseAtVersion } from '../../../test/store/database-at-version';

describe('0001-initial', () => {
  const tempFolder = useTempFolder();

  it('creates the scenario and revision tables on an empty database', () => {
    const db = databaseAtVersion(tempFolder(), 0);
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES ('a', 'A', '', '["x"]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)`,
    ).run();
    db.prepare(
      `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
       VALUES ('a', 1, '2026-01-01T00:00:00Z', '0.1.0', 'save', '{}', 'h', '{"id":"a"}')`,
    ).run();
    // STRICT tables refuse a wrongly typed value instead of storing it.
    expect(() => db.prepare("UPDATE scenarios SET head_revision = 'two' WHERE id = 'a'").run()).toThrow(
      /cannot store TEXT/,
    );
    // Documents must be JSON.
    expect(() =>
      db
        .prepare(
          `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
         VALUES ('a', 2, 'now', '0.1.0', 'save', '{}', 'h', 'not json')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    // Revisions belong to a scenario.
    expect(() =>
      db
        .prepare(
          `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
         VALUES ('missing', 1, 'now', '0.1.0', 'save', '{}', 'h', '{}')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
