import { describe, expect, it } from 'vitest';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

describe('the trash', () => {
  const tempFolder = useTempFolder();

  it('hides a deleted scenario, keeps its history, and undoes', () => {
    const { library, close } = openTestLibrary(libraryPath(tempFolder()));
    unwrap(library.save(makeScenario('a')));
    unwrap(library.save(makeScenario('a', { description: 'two' })));
    unwrap(library.save(makeScenario('b')));
    unwrap(library.trash('a'));
    expect(unwrap(library.list()).map((s) => s.id)).toEqual(['b']);
    expect(unwrap(library.listTrash())).toEqual([
      expect.objectContaining({ id: 'a', revision: 2, deletedAt: expect.any(String) }),
    ]);
    expect(unwrap(library.get('a')).deletedAt).not.toBeNull();
    // A trashed scenario cannot be edited behind the user's back.
    expect(library.save(makeScenario('a'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    unwrap(library.untrash('a'));
    expect(
      unwrap(library.list())
        .map((s) => s.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(unwrap(library.history('a'))).toHaveLength(2);
    close();
  });

  it('empties for good, only what is in the trash', () => {
    const { db, library, close } = openTestLibrary(libraryPath(tempFolder()));
    for (const id of ['a', 'b', 'c']) unwrap(library.save(makeScenario(id, { tags: ['t'] })));
    unwrap(library.trash('a'));
    unwrap(library.trash('b'));
    expect(unwrap(library.emptyTrash(['a', 'c']))).toEqual({ removed: 1 });
    expect(unwrap(library.emptyTrash())).toEqual({ removed: 1 });
    expect(unwrap(library.list()).map((s) => s.id)).toEqual(['c']);
    expect(db.prepare('SELECT DISTINCT scenario_id FROM revisions').pluck().all()).toEqual(['c']);
    expect(db.prepare('SELECT DISTINCT scenario_id FROM scenario_tags').pluck().all()).toEqual(['c']);
    expect(library.untrash('a')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();
  });
});
