import type { Migration } from './migration';

/**
 * Scenarios as validated JSON documents, one row per revision, plus a row per scenario with the
 * columns the library lists and searches by. Documents are never updated in place: a save appends.
 */
export const migration0001: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        author TEXT NOT NULL,
        -- JSON array copied from the head document, so listing never parses documents.
        tags TEXT NOT NULL CHECK (json_valid(tags)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        head_revision INTEGER NOT NULL CHECK (head_revision >= 1)
      ) STRICT;
      CREATE INDEX scenarios_by_updated ON scenarios (updated_at DESC);
      CREATE INDEX scenarios_by_name ON scenarios (name COLLATE NOCASE);
      CREATE INDEX scenarios_by_author ON scenarios (author COLLATE NOCASE);

      CREATE TABLE revisions (
        scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        saved_at TEXT NOT NULL,
        -- The app that wrote this revision, and how: save, import, restore, duplicate, seed …
        app_version TEXT NOT NULL,
        origin TEXT NOT NULL,
        -- JSON: where the content came from (file name and exporting app, restored revision …).
        provenance TEXT NOT NULL CHECK (json_valid(provenance)),
        content_hash TEXT NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document)),
        UNIQUE (scenario_id, revision)
      ) STRICT;
    `);
  },
};
