import type { Migration } from './migration';

/**
 * One row per (scenario, tag) so a tag filter is an index look-up instead of a scan of every
 * scenario's JSON tags. Existing tags are copied over from the JSON column.
 */
export const migration0003: Migration = {
  version: 3,
  name: '0003-tag-index',
  up(db) {
    db.exec(`
      CREATE TABLE scenario_tags (
        scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (scenario_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX scenario_tags_by_tag ON scenario_tags (tag COLLATE NOCASE, scenario_id);

      INSERT OR IGNORE INTO scenario_tags (scenario_id, tag)
        SELECT s.id, j.value FROM scenarios AS s, json_each(s.tags) AS j WHERE j.type = 'text';
    `);
  },
};
