import { nameKey } from '../../../shared/history/unique-name';
import type { Migration } from './migration';

/**
 * Each scenario keeps the key its name is compared by (`nameKey`: no case, no surrounding space),
 * indexed over the scenarios outside the trash, so "is this name taken?" is one index look-up instead
 * of reading every name in the library (an import of 1,000 scenarios into 10,000 read 10 million).
 * The key is computed here as the app computes it, not by SQLite's `lower()`, which folds only ASCII;
 * every write of a name writes its key (`appendRevision`).
 */
export const migration0008: Migration = {
  version: 8,
  name: '0008-name-keys',
  up(db) {
    db.exec(`ALTER TABLE scenarios ADD COLUMN name_key TEXT NOT NULL DEFAULT ''`);
    const update = db.prepare('UPDATE scenarios SET name_key = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, name FROM scenarios').raw().all() as [string, string][];
    for (const [id, name] of rows) update.run(nameKey(name), id);
    db.exec('CREATE INDEX scenarios_by_name_key ON scenarios (name_key) WHERE deleted_at IS NULL');
  },
};
