import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { serializeScenarioFile } from '../../shared/file-format';
import { libraryPath } from '../../services/store/library-file';
import { createScenarioLibrary } from '../../services/store/scenario-library';
import { createStoreContext } from '../../services/store/store-context';
import { dumpLibrary, makeScenario, openTestLibrary, unwrap } from './library-harness';
import { useTempFolder } from './temp-folder';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.0.9', modelVersion: 1 };

describe('a save that cannot be written', () => {
  const tempFolder = useTempFolder();

  it('reports a full disk clearly and keeps the previous revision', () => {
    const { db, library, close } = openTestLibrary(libraryPath(tempFolder()));
    unwrap(library.save(makeScenario('a', { description: 'the good one' })));
    // The database may not grow by a single page: what a full disk looks like to SQLite.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const before = dumpLibrary(db);

    const result = library.save(makeScenario('a', { description: 'x'.repeat(9000) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('disk-full');
    expect(result.error.message).toMatch(/disk is full.*Nothing was changed/);
    expect(unwrap(library.get('a'))).toMatchObject({
      revision: 1,
      scenario: { description: 'the good one' },
    });
    expect(dumpLibrary(db)).toBe(before);

    // An import that runs out of space half-way leaves nothing behind either.
    const many = Array.from({ length: 40 }, (_, i) =>
      makeScenario(`bulk-${i}`, { description: 'y'.repeat(2000) }),
    );
    const imported = library.importFile({
      text: serializeScenarioFile(many, META),
      fileName: 'bulk.chokepoint',
      onConflict: 'skip',
    });
    expect(imported).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    expect(dumpLibrary(db)).toBe(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Space freed: the same save goes through.
    db.pragma('max_page_count = 1073741823');
    expect(unwrap(library.save(makeScenario('a', { description: 'x'.repeat(9000) }))).revision).toBe(2);
    close();
  });

  it('reports a read-only library clearly', () => {
    const path = libraryPath(tempFolder());
    const writer = openTestLibrary(path);
    unwrap(writer.library.save(makeScenario('a')));
    const readonly = new Database(path, { readonly: true });
    const library = createScenarioLibrary(createStoreContext(readonly, { appVersion: 'test' }));
    const result = library.save(makeScenario('a', { description: 'cannot' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'read-only' } });
    if (!result.ok) expect(result.error.message).toMatch(/read-only\. Nothing was changed/);
    expect(unwrap(library.get('a')).revision).toBe(1);
    readonly.close();
    writer.close();
  });
});
