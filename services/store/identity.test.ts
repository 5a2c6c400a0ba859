import { describe, expect, it } from 'vitest';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';
import { createScenarioLibrary } from './scenario-library';
import { createStoreContext } from './store-context';

describe('who made a scenario, what it is called and what each revision changed', () => {
  const tempFolder = useTempFolder();

  function open(author = 'Li Wei', language: 'en' | 'zh-CN' = 'en') {
    const opened = openTestLibrary(libraryPath(tempFolder()));
    const ctx = createStoreContext(opened.db, { ...opened.ctx, identity: () => ({ author, language }) });
    return { ...opened, library: createScenarioLibrary(ctx) };
  }

  it('fills the author of a new scenario from "Your name" and records it on every revision', () => {
    const { library, close } = open();
    const saved = unwrap(library.save(makeScenario('a', { author: '' }), { preset: 'Escalation' }));
    expect(saved.scenario.author).toBe('Li Wei');
    unwrap(library.save({ ...saved.scenario, description: 'Coastal first\nthen inland' }));
    const [summary] = unwrap(library.list());
    expect(summary).toMatchObject({
      author: 'Li Wei',
      description: 'Coastal first',
      origin: { kind: 'preset', preset: 'Escalation' },
    });
    const history = unwrap(library.history('a'));
    expect(history.map((revision) => revision.author)).toEqual(['Li Wei', 'Li Wei']);
    expect(history[1]!.summary).toEqual({
      event: { kind: 'created', preset: 'Escalation' },
      changes: [],
      totalChanges: 0,
    });
    expect(history[0]!.summary?.changes).toEqual([
      {
        kind: 'field',
        field: 'description',
        from: saved.scenario.description,
        to: 'Coastal first\nthen inland',
      },
    ]);
    close();
  });

  it('keeps names unique on create, duplicate and restore, in the language of the interface', () => {
    const { library, close } = open('Li Wei', 'zh-CN');
    unwrap(library.save(makeScenario('a', { name: 'Escalation' })));
    expect(unwrap(library.save(makeScenario('b', { name: 'escalation' }))).scenario.name).toBe(
      'escalation（2）',
    );
    expect(unwrap(library.duplicate('a')).scenario.name).toBe('Escalation（3）');
    unwrap(library.rename('a', 'Renamed'));
    unwrap(library.rename('b', 'Escalation'));
    // Restoring "Escalation" while b now uses that name gives the restored revision a name of its own.
    const restored = unwrap(library.restore('a', 1));
    expect(restored.scenario.name).toBe('Escalation（2）');
    expect(unwrap(library.history('a'))[0]!.summary?.event).toEqual({ kind: 'restored', revision: 1 });
    close();
  });

  it('records the duplicated-from origin', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a', { name: 'Plan' })));
    const copy = unwrap(library.duplicate('a'));
    const listed = unwrap(library.list()).find((item) => item.id === copy.id)!;
    expect(listed.origin).toMatchObject({ kind: 'duplicate', fromId: 'a', fromName: 'Plan' });
    expect(listed.name).toBe('Plan (2)');
    close();
  });
});
