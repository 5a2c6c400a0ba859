import type { Migration } from './migration';

/**
 * Saved comparison views. A view names its 2–4 scenarios by id in a JSON array: no foreign key, so
 * emptying the trash never deletes or blocks a view; a view whose scenario is gone says so when read.
 */
export const migration0004: Migration = {
  version: 4,
  name: '0004-views',
  up(db) {
    db.exec(`
      CREATE TABLE comparison_views (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- JSON array of scenario ids in display order.
        scenario_ids TEXT NOT NULL CHECK (json_valid(scenario_ids) AND json_type(scenario_ids) = 'array'),
        reference_id TEXT NOT NULL,
        -- JSON: variable, bands, discount rate, focused sector and year.
        options TEXT NOT NULL CHECK (json_valid(options) AND json_type(options) = 'object'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX comparison_views_by_updated ON comparison_views (updated_at DESC);
    `);
  },
};
