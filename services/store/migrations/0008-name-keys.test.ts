import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseAtVersion } from '../../../test/store/database-at-version';
import { makeScenario, unwrap } from '../../../test/store/library-harness';
import { useTempFolder } from '../../../test/store/temp-folder';
import { contentHashOf } from '../append-revision';
import { libraryPath } from '../library-file';
import { migrate, schemaVersion } from '../migrate';
import { openStore } from '../open-store';
import { createScenarioLibrary } from '../scenario-library';
import { createStoreContext } from '../store-context';
import { migration0008 } from './0008-name-keys';

/** A version-7 library as that version wrote it: scenarios with their head revisions, one in the trash. */
function seedVersion7(db: Database.Database): void {
  const scenario = db.prepare(
    `INSERT INTO scenarios (id, name, author, tags, created_at, updated_at, head_revision, deleted_at)
     VALUES (?, ?, '', '[]', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1, ?)`,
  );
  const revision = db.prepare(
    `INSERT INTO revisions (scenario_id, revision, saved_at, app_version, origin, provenance, content_hash, document)
     VALUES (?, 1, '2026-01-01T00:00:00.000Z', '0.1.0', 'save', '{}', ?, ?)`,
  );
  const add = (id: string, name: string, deletedAt: string | null = null) => {
    const document = makeScenario(id, {
      name,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    scenario.run(id, name, deletedAt);
    revision.run(id, contentHashOf(document), JSON.stringify(document));
  };
  // SQLite's lower() folds ASCII only: "ÉCLAT" would stay "Éclat" and "ΔΕΛΤΑ" unchanged.
  add('accent', 'ÉCLAT');
  add('greek', ' ΔΕΛΤΑ ');
  add('chinese', '升级（2）');
  add('plain', 'Baseline');
  add('trashed', 'Escalation', '2026-02-01T00:00:00.000Z');
}

const keys = (db: Database.Database) =>
  db.prepare('SELECT id, name_key FROM scenarios ORDER BY id').raw().all() as [string, string][];

describe('0008-name-keys', () => {
  const tempFolder = useTempFolder();

  it('fills every scenario’s name key as the app compares names, the trash included, and indexes them', () => {
    const db = databaseAtVersion(tempFolder(), migration0008.version - 1);
    seedVersion7(db);
    migrate(db, migration0008.version);
    expect(schemaVersion(db)).toBe(migration0008.version);
    expect(keys(db)).toEqual([
      ['accent', 'éclat'],
      ['chinese', '升级（2）'],
      ['greek', 'δελτα'],
      ['plain', 'baseline'],
      // A trashed scenario keeps its key, ready for the day it comes back.
      ['trashed', 'escalation'],
    ]);
    // Names and everything else are as they were.
    expect(db.prepare('SELECT name FROM scenarios ORDER BY id').pluck().all()).toEqual([
      'ÉCLAT',
      '升级（2）',
      ' ΔΕΛΤΑ ',
      'Baseline',
      'Escalation',
    ]);
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(5);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT 1 FROM scenarios WHERE name_key = 'éclat' AND deleted_at IS NULL AND id != 'x'",
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX scenarios_by_name_key/);
    db.close();
  });

  it('backs up a version-7 library on opening, migrates it, and then tells names apart by their keys', () => {
    const folder = tempFolder();
    const path = libraryPath(folder);
    const old = databaseAtVersion(folder, migration0008.version - 1);
    seedVersion7(old);
    old.close();
    const at = new Date('2026-12-07T20:00:00.000Z');

    const store = unwrap(openStore({ path, now: () => at }));
    const backup = `${path}.v7.2026-12-07T20-00-00-000Z.backup`;
    expect(store.outcome).toEqual({
      kind: 'migrated',
      from: migration0008.version - 1,
      to: migration0008.version,
      backup,
    });
    expect(keys(store.db)).toContainEqual(['accent', 'éclat']);
    const library = createScenarioLibrary(
      createStoreContext(store.db, { appVersion: '0.1.0-test', now: () => at, newId: () => 'new' }),
    );
    // A key filled by SQLite's lower() ("Éclat") would let these through.
    expect(library.rename('plain', 'éclat')).toMatchObject({
      ok: false,
      error: { details: { reason: 'name-taken', name: 'éclat' } },
    });
    expect(unwrap(library.duplicate('plain', 'δελτα')).scenario.name).toBe('δελτα (2)');
    // The trashed name is free outside the trash; the trashed scenario is numbered when it comes back.
    expect(unwrap(library.rename('plain', 'escalation')).scenario.name).toBe('escalation');
    unwrap(library.untrash('trashed'));
    expect(unwrap(library.get('trashed')).scenario.name).toBe('Escalation (2)');
    store.db.close();

    // The backup is the library as version 7 left it: no key column.
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(7);
    expect(
      copy
        .prepare("SELECT count(*) FROM pragma_table_info('scenarios') WHERE name = 'name_key'")
        .pluck()
        .get(),
    ).toBe(0);
    expect(copy.prepare('SELECT name FROM scenarios ORDER BY id').pluck().all()).toContain('ÉCLAT');
    copy.close();
  });
});
