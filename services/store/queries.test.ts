import { describe, expect, it } from 'vitest';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';
import { likePattern } from './queries';

describe('listing and searching', () => {
  const tempFolder = useTempFolder();

  function seeded() {
    const test = openTestLibrary(libraryPath(tempFolder()));
    const { library } = test;
    unwrap(
      library.save(makeScenario('a', { name: 'Chip escalation', tags: ['workshop'], author: 'Li Wei' })),
    );
    unwrap(library.save(makeScenario('b', { name: 'Lithography push', tags: ['Export controls'] })));
    unwrap(library.save(makeScenario('c', { name: '100% procurement_test', tags: [] })));
    unwrap(library.save(makeScenario('d', { name: '光刻 攻坚', tags: ['workshop', 'zh'] })));
    return test;
  }

  it('lists newest first', () => {
    const { library, close } = seeded();
    expect(unwrap(library.list()).map((s) => s.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(unwrap(library.list({ limit: 2, offset: 1 })).map((s) => s.id)).toEqual(['c', 'b']);
    close();
  });

  it('finds by part of a name, an author or a tag, ignoring case', () => {
    const { library, close } = seeded();
    const ids = (text: string) =>
      unwrap(library.list({ text }))
        .map((s) => s.id)
        .sort();
    expect(ids('ESCAL')).toEqual(['a']);
    expect(ids('export')).toEqual(['b']);
    expect(ids('li wei')).toEqual(['a']);
    expect(ids('光刻')).toEqual(['d']);
    expect(ids('  ')).toEqual(['a', 'b', 'c', 'd']);
    close();
  });

  it('treats % and _ in the search text literally', () => {
    const { library, close } = seeded();
    expect(unwrap(library.list({ text: '0%' })).map((s) => s.id)).toEqual(['c']);
    expect(unwrap(library.list({ text: 't_st' }))).toEqual([]);
    expect(likePattern('a%b_c\\')).toBe('%a\\%b\\_c\\\\%');
    close();
  });

  it('filters by an exact tag, combinable with text', () => {
    const { library, close } = seeded();
    expect(unwrap(library.list({ tag: 'WORKSHOP' })).map((s) => s.id)).toEqual(['d', 'a']);
    expect(unwrap(library.list({ tag: 'workshop', text: 'chip' })).map((s) => s.id)).toEqual(['a']);
    expect(unwrap(library.list({ tag: 'work' }))).toEqual([]);
    close();
  });

  it('says not-found for an unknown id', () => {
    const { library, close } = seeded();
    expect(library.get('nope')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(library.history('nope')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();
  });
});
