import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../../test/store/temp-folder';
import { databaseAtVersion } from '../../../test/store/database-at-version';
import { migrate, schemaVersion } from '../migrate';

describe('0004-views', () => {
  const tempFolder = useTempFolder();

  it('adds an empty table of comparison views next to the existing scenarios, checking its JSON columns', () => {
    const db = databaseAtVersion(tempFolder(), 3);
    db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES ('a', 'A', '', '["x"]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 2)`,
    ).run();
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare("SELECT name, head_revision FROM scenarios WHERE id = 'a'").get()).toEqual({
      name: 'A',
      head_revision: 2,
    });
    expect(db.prepare('SELECT count(*) FROM comparison_views').pluck().get()).toBe(0);
    const insert = db.prepare(
      `INSERT INTO comparison_views (id, name, scenario_ids, reference_id, options, created_at, updated_at)
       VALUES (?, 'View', ?, 'a', ?, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')`,
    );
    insert.run('v1', '["a","b"]', '{"variable":"S","bands":true,"discountRate":0.03}');
    expect(db.prepare("SELECT scenario_ids FROM comparison_views WHERE id = 'v1'").pluck().get()).toBe(
      '["a","b"]',
    );
    expect(() => insert.run('v2', 'not json', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('v3', '{"a":1}', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('v4', '["a"]', '[]')).toThrow(/CHECK/);
    // Views hold no foreign key: removing a scenario leaves its views in place.
    db.prepare("DELETE FROM scenarios WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM comparison_views').pluck().get()).toBe(1);
    db.close();
  });
});
