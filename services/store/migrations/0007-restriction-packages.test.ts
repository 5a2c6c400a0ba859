import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../../test/store/database-at-version';
import { useTempFolder } from '../../../test/store/temp-folder';
import { migrate, schemaVersion } from '../migrate';
import { migration0007 } from './0007-restriction-packages';

describe('0007-restriction-packages', () => {
  const tempFolder = useTempFolder();

  it('adds the package tables next to the existing scenarios and indexes which heads apply which packages', () => {
    const db = databaseAtVersion(tempFolder(), migration0007.version - 1);
    const scenario = db.prepare(
      `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision)
       VALUES (?, ?, '', '[]', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', ?)`,
    );
    const revision = db.prepare(
      `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
       VALUES (?, ?, '2026-01-01T00:00:00Z', '0.1.0', 'save', '{}', ?, ?)`,
    );
    scenario.run('a', 'A', 2);
    revision.run('a', 1, 'h1', '{"restrictionPackages":["old"]}');
    revision.run('a', 2, 'h2', '{"restrictionPackages":["hist-2019-huawei-entity-list","team-1"]}');
    scenario.run('b', 'B', 1);
    revision.run('b', 1, 'h3', '{"name":"B"}');
    migrate(db, migration0007.version);
    expect(schemaVersion(db)).toBe(migration0007.version);
    // Only head revisions count, and only text ids.
    expect(
      db.prepare('SELECT scenario_id, package_id FROM scenario_packages ORDER BY package_id').all(),
    ).toEqual([
      { scenario_id: 'a', package_id: 'hist-2019-huawei-entity-list' },
      { scenario_id: 'a', package_id: 'team-1' },
    ]);
    expect(db.prepare("SELECT name, head_revision FROM scenarios WHERE id = 'a'").get()).toEqual({
      name: 'A',
      head_revision: 2,
    });
    db.prepare(
      `INSERT INTO restriction_packages (id, name, year, created_at, updated_at, head_revision)
       VALUES ('team-1', 'Team', 2027, 'now', 'now', 1)`,
    ).run();
    const insertRevision = db.prepare(
      `INSERT INTO package_revisions (package_id, revision, saved_at, app_version, author, origin, provenance, content_hash, document)
       VALUES (?, 1, 'now', '0.1.0', '', 'save', '{}', 'h', ?)`,
    );
    insertRevision.run('team-1', '{"id":"team-1"}');
    // Documents are JSON objects; revisions belong to a package.
    expect(() => db.prepare("UPDATE package_revisions SET document = '[1]'").run()).toThrow(/CHECK/);
    expect(() => insertRevision.run('missing', '{}')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE restriction_packages SET year = 'soon'").run()).toThrow(
      /cannot store TEXT/,
    );
    // Usage rows go with their scenario; package revisions with their package.
    db.prepare("DELETE FROM scenarios WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM scenario_packages').pluck().get()).toBe(0);
    db.prepare("DELETE FROM restriction_packages WHERE id = 'team-1'").run();
    expect(db.prepare('SELECT count(*) FROM package_revisions').pluck().get()).toBe(0);
    db.close();
  });
});
