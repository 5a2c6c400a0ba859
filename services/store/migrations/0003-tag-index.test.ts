import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../../test/store/temp-folder';
import { migrate, schemaVersion } from '../migrate';
import { databaseAtVersion } from '../../../test/store/database-at-version';

describe('0003-tag-index', () => {
  const tempFolder = useTempFolder();

  it('copies every existing tag into scenario_tags', () => {
    const db = databaseAtVersion(tempFolder(), 2);
    const insert = db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES (?, ?, '', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)`,
    );
    insert.run('a', 'A', '["workshop","export controls"]');
    insert.run('b', 'B', '[]');
    insert.run('c', 'C', '["Workshop","workshop"]');
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT scenario_id, tag FROM scenario_tags ORDER BY scenario_id, tag').all()).toEqual([
      { scenario_id: 'a', tag: 'export controls' },
      { scenario_id: 'a', tag: 'workshop' },
      { scenario_id: 'c', tag: 'Workshop' },
      { scenario_id: 'c', tag: 'workshop' },
    ]);
    // Tag rows go with their scenario.
    db.prepare("DELETE FROM scenarios WHERE id = 'a'").run();
    expect(db.prepare("SELECT count(*) FROM scenario_tags WHERE scenario_id = 'a'").pluck().get()).toBe(0);
    db.close();
  });
});
