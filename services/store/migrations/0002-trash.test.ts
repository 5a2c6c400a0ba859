import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../../test/store/temp-folder';
import { migrate, schemaVersion } from '../migrate';
import { databaseAtVersion } from '../../../test/store/database-at-version';

describe('0002-trash', () => {
  const tempFolder = useTempFolder();

  it('adds deleted_at, leaving existing scenarios out of the trash', () => {
    const db = databaseAtVersion(tempFolder(), 1);
    db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES ('a', 'A', '', '[]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 3)`,
    ).run();
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT name, head_revision, deleted_at FROM scenarios WHERE id = 'a'").get()).toEqual({
      name: 'A',
      head_revision: 3,
      deleted_at: null,
    });
    db.prepare("UPDATE scenarios SET deleted_at = '2026-02-01T00:00:00Z' WHERE id = 'a'").run();
    expect(db.prepare('SELECT id FROM scenarios WHERE deleted_at IS NOT NULL').pluck().all()).toEqual(['a']);
    db.close();
  });
});
