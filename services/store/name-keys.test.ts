import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { serializeScenarioFile } from '../../shared/file-format';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

const META = { exportedAt: '2026-12-07T12:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };

/** The key stored for a scenario, read back from the database. */
const keyOf = (db: Database, id: string) =>
  db.prepare('SELECT name_key FROM scenarios WHERE id = ?').pluck().get(id) as string;

/**
 * Every scenario's stored key, next to the key its stored name should have: no case (in every
 * script, not only ASCII) and no surrounding space. Written out here rather than with `nameKey`, so
 * a key computed some other way shows.
 */
function expectKeysFollowNames(db: Database): void {
  const rows = db.prepare('SELECT name, name_key FROM scenarios ORDER BY id').all() as {
    name: string;
    name_key: string;
  }[];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.name_key, row.name).toBe(row.name.trim().toLowerCase());
}

describe('every write of a name writes its key (the index unique names look up)', () => {
  const tempFolder = useTempFolder();

  it('new, edited, renamed, duplicated, restored and brought back from the trash', () => {
    const { db, library, close } = openTestLibrary(libraryPath(tempFolder()));
    unwrap(library.save(makeScenario('a', { name: ' ÉCLAT ' })));
    expect(keyOf(db, 'a')).toBe('éclat');
    // A new scenario named like another is numbered, and its key is the numbered name's.
    expect(unwrap(library.save(makeScenario('b', { name: 'éclat' }))).scenario.name).toBe('éclat (2)');
    expect(keyOf(db, 'b')).toBe('éclat (2)');
    // The editor's name field (a save of a new revision under a new name).
    const b = unwrap(library.get('b')).scenario;
    unwrap(library.save({ ...b, name: 'ΔΕΛΤΑ' }));
    expect(keyOf(db, 'b')).toBe('δελτα');
    unwrap(library.rename('a', 'Ölpreis'));
    expect(keyOf(db, 'a')).toBe('ölpreis');
    // The old name is free again: the key followed the rename.
    expect(unwrap(library.save(makeScenario('c', { name: 'Éclat' }))).scenario.name).toBe('Éclat');
    expect(unwrap(library.duplicate('b')).scenario).toMatchObject({ id: 'id-1', name: 'ΔΕΛΤΑ (2)' });
    expect(keyOf(db, 'id-1')).toBe('δελτα (2)');
    // Restoring a's first revision brings back " ÉCLAT ", which "Éclat" took since: numbered.
    expect(unwrap(library.restore('a', 1)).scenario.name).toBe('ÉCLAT (2)');
    expect(keyOf(db, 'a')).toBe('éclat (2)');
    unwrap(library.trash('c'));
    // The trash holds its name, but no longer takes it.
    expect(unwrap(library.rename('a', 'éclat')).scenario.name).toBe('éclat');
    unwrap(library.untrash('c'));
    expect(unwrap(library.get('c')).scenario.name).toBe('Éclat (2)');
    expect(keyOf(db, 'c')).toBe('éclat (2)');
    expectKeysFollowNames(db);
    close();
  });

  it('an import that adds, numbers a name clash, replaces, merges and keeps both', () => {
    const { db, library, close } = openTestLibrary(libraryPath(tempFolder()));
    unwrap(library.save(makeScenario('plan', { name: 'Plan' })));
    unwrap(library.save(makeScenario('other', { name: 'Other' })));
    unwrap(library.save(makeScenario('third', { name: 'Third' })));
    unwrap(library.save(makeScenario('kept', { name: 'Kept' })));
    const sent = JSON.parse(unwrap(library.exportScenarios(META)).text) as { scenarios: Scenario[] };
    const received = (id: string) => sent.scenarios.find((scenario) => scenario.id === id)!;
    const back = serializeScenarioFile(
      [
        { ...received('plan'), name: 'ÜBER' },
        { ...received('third'), name: 'OTHER', description: 'theirs' },
        { ...received('kept'), description: 'theirs too', author: 'Li Wei' },
        makeScenario('newcomer', { name: 'other', author: '' }),
        makeScenario('fresh', { name: ' Ärger ' }),
      ],
      META,
    );
    const report = unwrap(
      library.importFile({
        text: back,
        fileName: 'back.chokepoint',
        onConflict: 'replace',
        choices: { third: { policy: 'merge' }, kept: { policy: 'keep-both' } },
      }),
    );
    expect(report.replaced.map((item) => [item.id, item.name])).toEqual([['plan', 'ÜBER']]);
    expect(report.merged.map((item) => [item.id, item.name])).toEqual([['third', 'OTHER (2)']]);
    expect(report.keptBoth.map((item) => [item.id, item.name])).toEqual([['id-1', 'Kept (from Li Wei)']]);
    expect(report.added.map((item) => [item.id, item.name])).toEqual([
      ['newcomer', 'other (3)'],
      ['fresh', 'Ärger'],
    ]);
    expect([
      keyOf(db, 'plan'),
      keyOf(db, 'third'),
      keyOf(db, 'id-1'),
      keyOf(db, 'newcomer'),
      keyOf(db, 'fresh'),
    ]).toEqual(['über', 'other (2)', 'kept (from li wei)', 'other (3)', 'ärger']);
    expectKeysFollowNames(db);
    close();
  });
});
