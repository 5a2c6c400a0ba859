import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../shared/catalogue/presets';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

describe('seedExamples', () => {
  const tempFolder = useTempFolder();

  it('adds the built-in examples once, and never brings back deleted ones', () => {
    const path = libraryPath(tempFolder());
    const first = openTestLibrary(path);
    expect(unwrap(first.library.seedExamples(PRESETS))).toEqual({
      seeded: PRESETS.length,
      alreadySeeded: false,
    });
    const ids = unwrap(first.library.list())
      .map((s) => s.id)
      .sort();
    expect(ids).toEqual(PRESETS.map((p) => p.id).sort());
    const deleted = PRESETS[0]?.id ?? '';
    unwrap(first.library.trash(deleted));
    unwrap(first.library.emptyTrash());
    first.close();

    const second = openTestLibrary(path);
    expect(unwrap(second.library.seedExamples(PRESETS))).toEqual({ seeded: 0, alreadySeeded: true });
    expect(second.library.get(deleted).ok).toBe(false);
    second.close();
  });

  it('leaves a scenario the user already has under an example id alone', () => {
    const { library, close } = openTestLibrary(libraryPath(tempFolder()));
    const id = PRESETS[0]?.id ?? '';
    unwrap(library.save(makeScenario(id, { name: 'Mine now' })));
    expect(unwrap(library.seedExamples(PRESETS)).seeded).toBe(PRESETS.length - 1);
    expect(unwrap(library.get(id))).toMatchObject({ revision: 1, scenario: { name: 'Mine now' } });
    close();
  });
});
