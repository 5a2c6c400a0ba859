import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../shared/catalogue/presets';
import { BASELINE_SLOT, ownSlot } from '../../shared/charts/scenario-identity';
import type { Scenario } from '../../shared/domain/scenario';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };

describe('a scenario’s identity (colour and dash) in the library', () => {
  const tempFolder = useTempFolder();

  it('is chosen once for a new scenario, the one the fewest scenarios have, and stored with it', () => {
    const { library, close } = openTestLibrary(libraryPath(tempFolder()));
    const made = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(
      (id) => unwrap(library.save(makeScenario(id))).scenario.display?.identity,
    );
    expect(made).toEqual(['blue', 'vermillion', 'bluish-green', 'reddish-purple', 'ochre', 'violet', 'blue']);
    // Edits keep it; the user's choice replaces it.
    const a = unwrap(library.get('a')).scenario;
    const edited = unwrap(library.save({ ...a, description: 'edited' })).scenario;
    expect(edited.display).toEqual({ identity: 'blue' });
    const chosen = unwrap(library.save({ ...edited, display: { identity: 'violet' } }));
    expect(chosen.scenario.display).toEqual({ identity: 'violet' });
    expect(unwrap(library.history('a'))[0]!.summary?.changes).toEqual([
      { kind: 'field', field: 'display', from: 'blue', to: 'violet' },
    ]);
    close();
  });

  it('keeps one a new scenario carries unless another has it (a plan made from it), and leaves the Baseline grey', () => {
    const { library, close } = openTestLibrary(libraryPath(tempFolder()));
    const start = unwrap(library.save(makeScenario('start', { display: { identity: 'ochre' } })));
    expect(start.scenario.display).toEqual({ identity: 'ochre' });
    // A plan saved from it carries its ochre: it gets the first fewest-used one, blue, instead.
    const plan = unwrap(library.save({ ...start.scenario, id: 'plan', name: 'Plan' }));
    expect(plan.scenario.display).toEqual({ identity: 'blue' });
    const baseline = unwrap(library.save({ ...PRESETS[0]!, name: 'Baseline' })).scenario;
    expect(baseline.display).toBeUndefined();
    expect(ownSlot(baseline)).toBe(BASELINE_SLOT);
    close();
  });

  it('gives a duplicate an identity of its own, and a restored revision the identity it has now', () => {
    const { library, close } = openTestLibrary(libraryPath(tempFolder()));
    const source = unwrap(library.save(makeScenario('a', { display: { identity: 'blue' } }))).scenario;
    // Every identity but blue is taken once: the fewest-used is blue, the source's, so it takes another.
    for (const identity of ['vermillion', 'bluish-green', 'reddish-purple', 'ochre', 'violet'] as const)
      unwrap(library.save(makeScenario(identity, { display: { identity } })));
    const copy = unwrap(library.duplicate('a')).scenario;
    expect(copy.display?.identity).toBe('vermillion');
    // A revision from before identities were stored is restored in today's colour.
    const { display: _display, ...older } = source;
    unwrap(library.save({ ...(older as Scenario), description: 'without an identity' }));
    unwrap(library.save({ ...source, display: { identity: 'violet' } }));
    expect(unwrap(library.restore('a', 2)).scenario).toMatchObject({
      description: 'without an identity',
      display: { identity: 'violet' },
    });
    close();
  });

  it('travels in the scenario’s file, and is there after the library is closed and opened again', () => {
    const path = libraryPath(tempFolder());
    const first = openTestLibrary(path);
    unwrap(first.library.save(makeScenario('a', { display: { identity: 'reddish-purple' } })));
    const text = unwrap(first.library.exportScenarios(META)).text;
    expect(text).toContain('"display": { "identity": "reddish-purple" }');
    first.close();
    const reopened = openTestLibrary(path);
    expect(unwrap(reopened.library.get('a')).scenario.display).toEqual({ identity: 'reddish-purple' });
    reopened.close();
    const other = openTestLibrary(libraryPath(tempFolder()));
    unwrap(other.library.save(makeScenario('b')));
    const report = unwrap(
      other.library.importFile({ text, fileName: 'a.chokepoint', onConflict: 'keep-both' }),
    );
    expect(report.added.map((item) => item.id)).toEqual(['a']);
    expect(unwrap(other.library.get('a')).scenario.display).toEqual({ identity: 'reddish-purple' });
    // The same file again is the same scenario: nothing to import.
    const again = unwrap(
      other.library.importFile({ text, fileName: 'a.chokepoint', onConflict: 'keep-both' }),
    );
    expect(again.skipped.map((item) => item.reason)).toEqual(['identical']);
    other.close();
  });
});
