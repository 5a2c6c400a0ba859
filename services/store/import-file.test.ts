import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import type { Scenario } from '../../shared/domain/scenario';
import { dumpLibrary, makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

// Files of the current model version: an older one adds a 'model-version' warning on import.
const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.0.9', modelVersion: MODEL_VERSION };

function fileOf(scenarios: Scenario[]): string {
  return serializeScenarioFile(scenarios, META);
}

describe('importing and exporting .chokepoint files', () => {
  const tempFolder = useTempFolder();
  const open = () => openTestLibrary(libraryPath(tempFolder()));

  it('exports, imports into another library and exports the same bytes again', () => {
    const a = open();
    for (const id of ['x', 'y', 'z']) unwrap(a.library.save(makeScenario(id, { tags: [id] })));
    const exported = unwrap(a.library.exportScenarios({ ...META }));
    expect(exported.count).toBe(3);

    const b = open();
    const report = unwrap(
      b.library.importFile({ text: exported.text, fileName: 'all.chokepoint', onConflict: 'keep-both' }),
    );
    expect(report.added.map((item) => item.id)).toEqual(['z', 'y', 'x']);
    expect(report).toMatchObject({ replaced: [], skipped: [], keptBoth: [], warnings: [] });
    expect(unwrap(b.library.exportScenarios({ ...META, ids: ['z', 'y', 'x'] })).text).toBe(exported.text);
    expect(unwrap(b.library.history('x'))[0]).toMatchObject({
      origin: 'import',
      provenance: { fileName: 'all.chokepoint', sourceAppVersion: '0.0.9', exportedAt: META.exportedAt },
    });
    a.close();
    b.close();
  });

  it('exports a selection in the order asked, and refuses unknown ids', () => {
    const { library, close } = open();
    for (const id of ['x', 'y', 'z']) unwrap(library.save(makeScenario(id)));
    const text = unwrap(library.exportScenarios({ ...META, ids: ['x', 'z', 'x'] })).text;
    const ids = (JSON.parse(text) as { scenarios: Scenario[] }).scenarios.map((s) => s.id);
    expect(ids).toEqual(['x', 'z']);
    const missing = library.exportScenarios({ ...META, ids: ['x', 'nope'] });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not-found', details: { missing: ['nope'] } },
    });
    close();
  });

  it('skips a scenario whose content is already there', () => {
    const { db, library, close } = open();
    const saved = unwrap(library.save(makeScenario('x')));
    const before = dumpLibrary(db);
    const report = unwrap(
      library.importFile({ text: fileOf([saved.scenario]), fileName: 'x.chokepoint', onConflict: 'replace' }),
    );
    expect(report.skipped).toEqual([{ id: 'x', name: 'Scenario x', revision: 1, reason: 'identical' }]);
    expect(dumpLibrary(db)).toBe(before);
    close();
  });

  describe('a known id with different content', () => {
    function conflicted() {
      const test = open();
      const mine = unwrap(test.library.save(makeScenario('x', { description: 'mine' }))).scenario;
      const theirs = { ...mine, description: 'theirs', author: 'Colleague' };
      return { ...test, text: fileOf([theirs, makeScenario('new-one')]) };
    }

    it('skip: keeps the library as it is, imports the rest', () => {
      const { library, text, close } = conflicted();
      const report = unwrap(library.importFile({ text, fileName: 'f.chokepoint', onConflict: 'skip' }));
      expect(report.skipped).toEqual([expect.objectContaining({ id: 'x', reason: 'conflict' })]);
      expect(report.added.map((item) => item.id)).toEqual(['new-one']);
      expect(unwrap(library.get('x')).scenario.description).toBe('mine');
      close();
    });

    it('replace: the import becomes the head and the old content stays in the history', () => {
      const { library, text, close } = conflicted();
      const report = unwrap(library.importFile({ text, fileName: 'f.chokepoint', onConflict: 'replace' }));
      expect(report.replaced).toEqual([{ id: 'x', name: 'Scenario x', revision: 2, previousRevision: 1 }]);
      expect(unwrap(library.get('x')).scenario).toMatchObject({ description: 'theirs', author: 'Colleague' });
      expect(unwrap(library.getRevision('x', 1)).scenario.description).toBe('mine');
      expect(unwrap(library.history('x'))[0]?.provenance).toMatchObject({
        fileName: 'f.chokepoint',
        replacedRevision: 1,
      });
      close();
    });

    it('keep-both: the import gets a new id and points at the scenario it diverged from', () => {
      const { library, text, close } = conflicted();
      const report = unwrap(library.importFile({ text, fileName: 'f.chokepoint', onConflict: 'keep-both' }));
      expect(report.keptBoth).toHaveLength(1);
      const kept = report.keptBoth[0];
      if (!kept) return;
      expect(kept.originalId).toBe('x');
      expect(kept.id).not.toBe('x');
      expect(unwrap(library.get(kept.id)).scenario).toMatchObject({
        description: 'theirs',
        parent: { id: 'x', revision: 1 },
      });
      expect(unwrap(library.get(kept.id)).provenance).toMatchObject({
        originalId: 'x',
        sourceAppVersion: '0.0.9',
      });
      expect(unwrap(library.get('x')).scenario.description).toBe('mine');
      close();
    });
  });

  it('lets the UI classify a file before asking about conflicts', () => {
    const { library, close } = open();
    const saved = unwrap(library.save(makeScenario('x'))).scenario;
    expect(library.classifyImport([saved, { ...saved, name: 'other' }, makeScenario('y')])).toEqual([
      'identical',
      'conflict',
      'new',
    ]);
    close();
  });

  it('imports a hand-edited file but warns that its hash does not match', () => {
    const { library, close } = open();
    const text = fileOf([makeScenario('x')]).replace('"Scenario x"', '"Edited by hand"');
    const report = unwrap(library.importFile({ text, fileName: 'edited.chokepoint', onConflict: 'skip' }));
    expect(report.added).toEqual([expect.objectContaining({ id: 'x', name: 'Edited by hand' })]);
    expect(report.warnings).toEqual([
      expect.objectContaining({
        kind: 'hash-mismatch',
        message: expect.stringContaining('edited.chokepoint'),
      }),
    ]);
    close();
  });

  it('imports nothing from an invalid file and names the file, the path and the problem', () => {
    const { db, library, close } = open();
    unwrap(library.save(makeScenario('x')));
    const before = dumpLibrary(db);
    const text = fileOf([makeScenario('y'), makeScenario('z')]).replace(
      '"horizon": 15',
      '"horizon": "fifteen"',
    );
    const result = library.importFile({ text, fileName: 'broken.chokepoint', onConflict: 'replace' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toContain('broken.chokepoint');
    expect(result.error.message).toContain('$.scenarios[0].horizon');
    expect(dumpLibrary(db)).toBe(before);
    close();
  });
});
