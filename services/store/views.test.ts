import { describe, expect, it } from 'vitest';
import type { ComparisonViewDraft } from '../../shared/api/view-schemas';
import { comparisonViewSchema } from '../../shared/api/view-schemas';
import { makeScenario, openTestLibrary, unwrap } from '../../test/store/library-harness';
import { useTempFolder } from '../../test/store/temp-folder';
import { libraryPath } from './library-file';

const draft = (overrides: Partial<ComparisonViewDraft> = {}): ComparisonViewDraft => ({
  name: 'Push versus baseline',
  scenarioIds: ['a', 'b'],
  referenceId: 'a',
  options: { variable: 'S', bands: true, discountRate: 0.03 },
  ...overrides,
});

describe('saved comparison views', () => {
  const tempFolder = useTempFolder();
  const open = () => {
    const opened = openTestLibrary(libraryPath(tempFolder()));
    for (const id of ['a', 'b', 'c']) unwrap(opened.library.save(makeScenario(id)));
    return opened;
  };

  it('saves, lists, gets and deletes a view, as the API contract describes it', () => {
    const { library, close } = open();
    const saved = unwrap(
      library.saveView(
        draft({ options: { variable: 'C', bands: false, discountRate: 0.05, sector: 'IC', year: 2035 } }),
      ),
    );
    expect(comparisonViewSchema.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      id: 'id-1',
      name: 'Push versus baseline',
      scenarioIds: ['a', 'b'],
      referenceId: 'a',
      missingScenarioIds: [],
    });
    expect(saved.options).toEqual({
      variable: 'C',
      bands: false,
      discountRate: 0.05,
      sector: 'IC',
      year: 2035,
    });
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(unwrap(library.getView(saved.id))).toEqual(saved);
    const second = unwrap(
      library.saveView(draft({ name: 'Three', scenarioIds: ['c', 'a', 'b'], referenceId: 'c' })),
    );
    expect(unwrap(library.listViews()).map((view) => view.name)).toEqual(['Three', 'Push versus baseline']);
    expect(unwrap(library.deleteView(saved.id))).toEqual({ deleted: true });
    expect(unwrap(library.deleteView(saved.id))).toEqual({ deleted: false });
    expect(library.getView(saved.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(unwrap(library.listViews()).map((view) => view.id)).toEqual([second.id]);
    close();
  });

  it('replaces a view by id, keeping when it was created, and refuses a save over a newer change', () => {
    const { library, close } = open();
    const first = unwrap(library.saveView(draft({ id: 'mine' })));
    const renamed = unwrap(
      library.saveView(draft({ id: 'mine', name: 'Renamed', referenceId: 'b' }), {
        expectedUpdatedAt: first.updatedAt,
      }),
    );
    expect(renamed).toMatchObject({
      id: 'mine',
      name: 'Renamed',
      referenceId: 'b',
      createdAt: first.createdAt,
    });
    expect(renamed.updatedAt > first.updatedAt).toBe(true);
    const stale = library.saveView(draft({ id: 'mine', name: 'From an old window' }), {
      expectedUpdatedAt: first.updatedAt,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { currentUpdatedAt: renamed.updatedAt } },
    });
    expect(unwrap(library.getView('mine')).name).toBe('Renamed');
    expect(unwrap(library.listViews())).toHaveLength(1);
    close();
  });

  it('refuses views that break the rules, naming the field, and stores nothing', () => {
    const { library, close } = open();
    const refusal = (view: ComparisonViewDraft) => {
      const result = library.saveView(view);
      return result.ok ? undefined : result.error;
    };
    expect(refusal(draft({ scenarioIds: ['a'] }))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('$.scenarioIds'),
    });
    expect(refusal(draft({ scenarioIds: ['a', 'b', 'c', 'a', 'b'] }))).toMatchObject({
      code: 'invalid-input',
    });
    expect(refusal(draft({ scenarioIds: ['a', 'a'] }))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('listed twice'),
    });
    expect(refusal(draft({ referenceId: 'c' }))).toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('$.referenceId'),
    });
    expect(
      refusal(draft({ options: { variable: 'X' as 'S', bands: true, discountRate: 0.03 } })),
    ).toMatchObject({ code: 'invalid-input' });
    expect(refusal(draft({ scenarioIds: ['a', 'nope'] }))).toMatchObject({
      code: 'not-found',
      details: { id: 'nope' },
    });
    expect(unwrap(library.listViews())).toEqual([]);
    close();
  });

  it('keeps a view whose scenario left the library, and says which scenario is missing', () => {
    const { library, close } = open();
    const saved = unwrap(library.saveView(draft({ scenarioIds: ['a', 'b', 'c'] })));
    unwrap(library.trash('b'));
    expect(unwrap(library.getView(saved.id)).missingScenarioIds).toEqual([]);
    unwrap(library.emptyTrash());
    expect(unwrap(library.getView(saved.id))).toMatchObject({
      scenarioIds: ['a', 'b', 'c'],
      missingScenarioIds: ['b'],
    });
    expect(unwrap(library.listViews())[0]!.missingScenarioIds).toEqual(['b']);
    close();
  });
});
