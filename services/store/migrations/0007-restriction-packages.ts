import type { Migration } from './migration';

/**
 * Restriction packages the user made or imported, kept like scenarios: a row per package with the
 * columns the list shows, one row per revision (documents never updated in place), soft delete.
 * `scenario_packages` says which scenarios' head revisions apply which packages (built-in ones
 * included, so no foreign key), so "used by" is an index look-up; it is filled from the heads that
 * exist.
 */
export const migration0007: Migration = {
  version: 7,
  name: '0007-restriction-packages',
  up(db) {
    db.exec(`
      CREATE TABLE restriction_packages (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        year INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        head_revision INTEGER NOT NULL CHECK (head_revision >= 1),
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX restriction_packages_by_name ON restriction_packages (name COLLATE NOCASE);

      CREATE TABLE package_revisions (
        package_id TEXT NOT NULL REFERENCES restriction_packages (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        saved_at TEXT NOT NULL,
        app_version TEXT NOT NULL,
        author TEXT NOT NULL,
        -- How: save, import, replace, restore.
        origin TEXT NOT NULL,
        -- JSON: the file it came from, the revision it restores …
        provenance TEXT NOT NULL CHECK (json_valid(provenance)),
        content_hash TEXT NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document) AND json_type(document) = 'object'),
        UNIQUE (package_id, revision)
      ) STRICT;

      CREATE TABLE scenario_packages (
        scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
        package_id TEXT NOT NULL,
        PRIMARY KEY (scenario_id, package_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX scenario_packages_by_package ON scenario_packages (package_id, scenario_id);

      INSERT OR IGNORE INTO scenario_packages (scenario_id, package_id)
        SELECT s.id, j.value
          FROM scenarios AS s
          JOIN revisions AS r ON r.scenario_id = s.id AND r.revision = s.head_revision,
               json_each(r.document, '$.restrictionPackages') AS j
         WHERE j.type = 'text';
    `);
  },
};
