import type { Migration } from './migration';

/** Soft delete: a scenario in the trash keeps all its revisions until the trash is emptied. */
export const migration0002: Migration = {
  version: 2,
  name: '0002-trash',
  up(db) {
    db.exec(`
      ALTER TABLE scenarios ADD COLUMN deleted_at TEXT;
      -- Partial: the trash is small, the library is not.
      CREATE INDEX scenarios_in_trash ON scenarios (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};
