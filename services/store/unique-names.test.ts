import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { serializeScenarioFile } from '../../shared/file-format';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };

/** Every name outside the trash, as the library lists them. */
const names = (library: ReturnType<typeof openTestLibrary>['library']) =>
  unwrap(library.list())
    .map((item) => item.name)
    .sort();

/** No two scenarios outside the trash share a name, whatever case or spaces. */
function expectUnique(library: ReturnType<typeof openTestLibrary>['library']) {
  const keys = names(library).map((name) => name.trim().toLowerCase());
  expect(new Set(keys).size).toBe(keys.length);
}

describe('names are unique in the library on every path (a real database on disk)', () => {
  const tempFolder = useTempFolder();
  const open = () => openTestLibrary(libraryPath(tempFolder()));

  it('refuses a rename onto another scenario’s name with a sentence, and writes nothing', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('base', { name: 'Baseline' })));
    unwrap(library.save(makeScenario('esc', { name: 'Escalation' })));
    for (const taken of ['Baseline', ' baseline ', 'BASELINE']) {
      const result = library.rename('esc', taken);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({
        code: 'conflict',
        details: { reason: 'name-taken', name: taken.trim() },
      });
      expect(result.error.message).toBe(
        `Another scenario in the library is already called “${taken.trim()}”; choose another name.`,
      );
    }
    expect(unwrap(library.history('esc'))).toHaveLength(1);
    // Its own name, in another case, is fine.
    expect(unwrap(library.rename('esc', 'escalation')).scenario.name).toBe('escalation');
    expectUnique(library);
    close();
  });

  it('refuses a save that renames the scenario onto another’s name (the editor’s name field)', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('base', { name: 'Baseline' })));
    const esc = unwrap(library.save(makeScenario('esc', { name: 'Escalation' })));
    const result = library.save({ ...esc.scenario, name: 'Baseline', description: 'edited' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { reason: 'name-taken' } },
    });
    expect(unwrap(library.get('esc')).scenario).toMatchObject({
      name: 'Escalation',
      description: esc.scenario.description,
    });
    // Other edits of a scenario save as before.
    expect(unwrap(library.save({ ...esc.scenario, description: 'edited' })).revision).toBe(2);
    close();
  });

  it('numbers the name of a new scenario, a duplicate and a plan saved from the plan finder', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a', { name: 'Escalation' })));
    // A new scenario (the "New scenario" menu, the plan finder's "Save as scenario", goal seek).
    expect(unwrap(library.save(makeScenario('b', { name: 'escalation' }))).scenario.name).toBe(
      'escalation (2)',
    );
    expect(unwrap(library.duplicate('a')).scenario.name).toBe('Escalation (3)');
    expect(unwrap(library.duplicate('a', 'Escalation')).scenario.name).toBe('Escalation (4)');
    expectUnique(library);
    close();
  });

  it('numbers an old name that another scenario took since, on restoring a revision', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a', { name: 'Push' })));
    unwrap(library.rename('a', 'Push, revised'));
    unwrap(library.save(makeScenario('b', { name: 'Push' })));
    expect(unwrap(library.restore('a', 1)).scenario.name).toBe('Push (2)');
    expectUnique(library);
    close();
  });

  it('numbers the name of a scenario brought back from the trash when another took it meanwhile', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('a', { name: 'Push' })));
    unwrap(library.trash('a'));
    unwrap(library.save(makeScenario('b', { name: 'Push' })));
    unwrap(library.untrash('a'));
    expect(unwrap(library.get('a')).scenario.name).toBe('Push (2)');
    expect(unwrap(library.get('b')).scenario.name).toBe('Push');
    expect(unwrap(library.history('a'))[0]).toMatchObject({ origin: 'rename', revision: 2 });
    expectUnique(library);
    close();
  });

  it('numbers names on import: a new scenario, a replacement and a merge that bring a taken name', () => {
    const { library, close } = open();
    unwrap(library.save(makeScenario('plan', { name: 'Plan' })));
    unwrap(library.save(makeScenario('other', { name: 'Other' })));
    unwrap(library.save(makeScenario('third', { name: 'Third' })));
    const sent = JSON.parse(unwrap(library.exportScenarios(META)).text) as { scenarios: Scenario[] };
    const received = (id: string) => sent.scenarios.find((scenario) => scenario.id === id)!;
    // The colleague renamed "plan" and "third" to names this library uses; a newcomer is named "other".
    const back = serializeScenarioFile(
      [
        { ...received('plan'), name: 'Other' },
        { ...received('third'), name: 'OTHER', description: 'theirs' },
        makeScenario('newcomer', { name: 'other', author: '' }),
      ],
      META,
    );
    const report = unwrap(
      library.importFile({
        text: back,
        fileName: 'back.chokepoint',
        onConflict: 'replace',
        choices: { third: { policy: 'merge' } },
      }),
    );
    expect(report.replaced.map((item) => [item.id, item.name])).toEqual([['plan', 'Other (2)']]);
    expect(report.merged.map((item) => [item.id, item.name])).toEqual([['third', 'OTHER (3)']]);
    expect(report.added.map((item) => [item.id, item.name, item.renamedFrom])).toEqual([
      ['newcomer', 'other (4)', 'other'],
    ]);
    expectUnique(library);
    close();
  });
});
