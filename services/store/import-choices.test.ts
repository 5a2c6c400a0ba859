import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { serializeScenarioFile } from '../../shared/file-format';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.1.0', modelVersion: 1 };

function withTaxCut(scenario: Scenario, sector: string, value: number): Scenario {
  return { ...scenario, sectors: { ...scenario.sectors, [sector]: { levers: { rdTaxCut: value } } } };
}

describe('importing with a choice per scenario', () => {
  const tempFolder = useTempFolder();

  /**
   * A library holding "plan" (edited since it was exported) and "other"; the file holds both, each
   * edited by a colleague, plus a new scenario named like "other".
   */
  function setup() {
    const opened = openTestLibrary(libraryPath(tempFolder()));
    const { library } = opened;
    unwrap(library.save(makeScenario('plan', { name: 'Plan' })));
    unwrap(library.save(makeScenario('other', { name: 'Other' })));
    const sent = unwrap(library.exportScenarios(META)).text;
    const exported = sent; // what the colleague received
    const plan = unwrap(library.get('plan')).scenario;
    unwrap(library.save(withTaxCut(plan, 'IC', 0.25)));
    const received = JSON.parse(exported) as { scenarios: Scenario[] };
    const theirs = received.scenarios.map((scenario) =>
      scenario.id === 'plan'
        ? withTaxCut({ ...scenario, description: 'theirs' }, 'IC', 0.3)
        : { ...scenario, description: 'their other' },
    );
    const clash = makeScenario('newcomer', { name: 'other', author: 'Li Wei' });
    const text = serializeScenarioFile([...theirs, clash], META);
    return { ...opened, text };
  }

  it('previews each match with what the library holds, the lever diff and whether a merge is possible', () => {
    const { library, text, close } = setup();
    const preview = unwrap(library.previewFile({ text, fileName: 'back.chokepoint' }));
    expect(preview.map((item) => [item.id, item.status])).toEqual([
      ['other', 'conflict'],
      ['plan', 'conflict'],
      ['newcomer', 'name-clash'],
    ]);
    const plan = preview.find((item) => item.id === 'plan')!;
    expect(plan.library).toMatchObject({ id: 'plan', name: 'Plan', revision: 2 });
    expect(plan.changes).toContainEqual(
      expect.objectContaining({ kind: 'schedule', input: 'rdTaxCut', sectors: ['IC'] }),
    );
    expect(plan.merge).toEqual({
      available: true,
      baseRevision: 1,
      fromTheirs: 1,
      conflicts: [
        { path: ['sectors', 'IC', 'levers', 'rdTaxCut'], base: undefined, ours: 0.25, theirs: 0.3 },
      ],
    });
    expect(preview[2]!.library).toMatchObject({ id: 'other', name: 'Other' });
    close();
  });

  it('applies a different choice to each scenario and writes nothing else', () => {
    const { library, text, close } = setup();
    const report = unwrap(
      library.importFile({
        text,
        fileName: 'back.chokepoint',
        onConflict: 'skip',
        choices: {
          plan: { policy: 'merge', resolutions: { '["sectors","IC","levers","rdTaxCut"]': 'theirs' } },
          other: { policy: 'replace' },
        },
      }),
    );
    expect(report.merged).toMatchObject([{ id: 'plan', baseRevision: 1, fromTheirs: 1, resolved: 1 }]);
    expect(report.replaced).toMatchObject([{ id: 'other', previousRevision: 1 }]);
    expect(report.added).toEqual([
      { id: 'newcomer', name: 'other (from Li Wei)', revision: 1, renamedFrom: 'other' },
    ]);
    const plan = unwrap(library.get('plan')).scenario;
    expect(plan.sectors.IC?.levers?.rdTaxCut).toBe(0.3);
    expect(plan.description).toBe('theirs');
    // The replaced scenario's previous state stays in its history.
    expect(unwrap(library.getRevision('other', 1)).scenario.description).not.toBe('their other');
    expect(unwrap(library.get('other')).scenario.description).toBe('their other');
    close();
  });

  it('keeps both under a new id and a name of its own, or skips', () => {
    const { library, text, close } = setup();
    const report = unwrap(
      library.importFile({
        text,
        fileName: 'back.chokepoint',
        onConflict: 'keep-both',
        choices: { other: { policy: 'skip' }, newcomer: { policy: 'skip' } },
      }),
    );
    expect(report.keptBoth).toHaveLength(1);
    expect(report.keptBoth[0]).toMatchObject({ originalId: 'plan', name: 'Plan (from Chokepoint Planner)' });
    expect(report.skipped.map((item) => item.id)).toEqual(['other', 'newcomer']);
    expect(
      unwrap(library.list())
        .map((item) => item.name)
        .sort(),
    ).toEqual(['Other', 'Plan', 'Plan (from Chokepoint Planner)']);
    close();
  });

  it('leaves a merge with an unanswered conflict unchanged', () => {
    const { library, text, close } = setup();
    const report = unwrap(library.importFile({ text, fileName: 'back.chokepoint', onConflict: 'merge' }));
    expect(report.unmerged).toMatchObject([{ id: 'plan', reason: 'conflicts', revision: 2 }]);
    // "other" merges cleanly: only the colleague changed it.
    expect(report.merged.map((item) => item.id)).toEqual(['other']);
    expect(unwrap(library.history('plan'))).toHaveLength(2);
    close();
  });
});
