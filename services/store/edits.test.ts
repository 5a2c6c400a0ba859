import { describe, expect, it } from 'vitest';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

describe('saving and editing scenarios', () => {
  const tempFolder = useTempFolder();
  const open = () => openTestLibrary(libraryPath(tempFolder()));

  it('appends a revision on every save and keeps the first createdAt', () => {
    const { library, close } = open();
    const first = unwrap(library.save(makeScenario('a', { createdAt: '2026-01-01T00:00:00.000Z' })));
    expect(first).toMatchObject({ id: 'a', revision: 1, unchanged: false });
    const second = unwrap(
      library.save({ ...first.scenario, description: 'changed', createdAt: '2030-01-01T00:00:00.000Z' }),
    );
    expect(second.revision).toBe(2);
    expect(second.scenario.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(second.scenario.updatedAt > first.scenario.updatedAt).toBe(true);
    const stored = unwrap(library.get('a'));
    expect(stored).toMatchObject({ revision: 2, headRevision: 2, origin: 'save', appVersion: '0.1.0-test' });
    expect(stored.scenario.description).toBe('changed');
    close();
  });

  it('adds nothing when the content equals the head', () => {
    const { library, close } = open();
    const first = unwrap(library.save(makeScenario('a')));
    const again = unwrap(library.save(first.scenario));
    expect(again).toMatchObject({ revision: 1, unchanged: true });
    expect(unwrap(library.history('a'))).toHaveLength(1);
    close();
  });

  it('refuses an invalid scenario with its JSON path and stores nothing', () => {
    const { library, close } = open();
    const bad = makeScenario('a', { horizon: -3 });
    const result = library.save(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('$.horizon');
    expect(library.get('a').ok).toBe(false);
    close();
  });

  it('refuses a save based on a stale revision instead of overwriting', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a')));
    unwrap(library.save(makeScenario('a', { description: 'saved by the CLI' })));
    const result = library.save(makeScenario('a', { description: 'from an old window' }), {
      expectedRevision: 1,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'conflict', details: { currentRevision: 2 } });
    expect(unwrap(library.get('a')).scenario.description).toBe('saved by the CLI');
    close();
  });

  it('renames and tags as new revisions, updating the list', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a')));
    unwrap(library.rename('a', 'Escalation, revised'));
    unwrap(library.setTags('a', ['workshop', ' workshop ', 'export controls', '']));
    expect(unwrap(library.list())).toEqual([
      expect.objectContaining({
        id: 'a',
        name: 'Escalation, revised',
        tags: ['workshop', 'export controls'],
        revision: 3,
      }),
    ]);
    expect(unwrap(library.history('a')).map((r) => [r.revision, r.origin, r.name])).toEqual([
      [3, 'tag', 'Escalation, revised'],
      [2, 'rename', 'Escalation, revised'],
      [1, 'save', 'Scenario a'],
    ]);
    expect(library.rename('missing', 'x')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(library.rename('a', '')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    close();
  });

  it('restores an old revision as a new one, keeping the history', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a', { description: 'one' })));
    unwrap(library.save(makeScenario('a', { description: 'two' })));
    const restored = unwrap(library.restore('a', 1));
    expect(restored.revision).toBe(3);
    expect(restored.scenario.description).toBe('one');
    const history = unwrap(library.history('a'));
    expect(history[0]).toMatchObject({ revision: 3, origin: 'restore', provenance: { restoredFrom: 1 } });
    expect(unwrap(library.getRevision('a', 2)).scenario.description).toBe('two');
    expect(library.restore('a', 9)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();
  });

  it('duplicates under a new id that remembers its parent revision', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a')));
    unwrap(library.save(makeScenario('a', { description: 'second' })));
    const copy = unwrap(library.duplicate('a'));
    expect(copy.id).not.toBe('a');
    expect(copy.scenario).toMatchObject({
      name: 'Scenario a (2)',
      description: 'second',
      parent: { id: 'a', revision: 2 },
    });
    expect(unwrap(library.history(copy.id))).toEqual([
      expect.objectContaining({ revision: 1, origin: 'duplicate' }),
    ]);
    expect(unwrap(library.duplicate('a', 'Variant')).scenario.name).toBe('Variant');
    close();
  });
});
