// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../../shared/catalogue';
import type { TestApp } from '../test-utils';
import { setupTestApp } from '../test-utils';
import { AUTOSAVE_MS } from './autosave';
import { setInputSchedule } from '../../../shared/domain/scenario-edits';

const ESCALATION = PRESETS[1]!.id;
let app: TestApp;

beforeEach(async () => {
  app = await setupTestApp();
});
afterEach(async () => {
  vi.useRealTimers();
  await app.stop();
});

const restriction = (value: number) => (s: Parameters<typeof setInputSchedule>[0]) =>
  setInputSchedule(s, 'IC', 'restriction', value);

describe('library slice', () => {
  it('lists the library and creates a scenario from a preset', async () => {
    const { store } = app;
    await store.getState().refreshLibrary();
    expect(store.getState().libraryItems).toHaveLength(5);
    const id = await store.getState().createScenario(PRESETS[3]!, 'My push');
    expect(id).toBeTruthy();
    expect(store.getState().libraryItems.map((item) => item.name)).toContain('My push');
    expect(app.api.head(id!)?.sectors).toEqual(PRESETS[3]!.sectors);
  });

  it('duplicates, renames, moves to the trash and undoes it', async () => {
    const { store } = app;
    await store.getState().refreshLibrary();
    const copy = await store.getState().duplicateScenario(ESCALATION);
    expect(await store.getState().renameScenario(copy!, 'Escalation B')).toBe(true);
    await store.getState().trashScenarios([copy!]);
    expect(store.getState().libraryItems.some((item) => item.id === copy)).toBe(false);
    expect(store.getState().trashItems.map((item) => item.name)).toEqual(['Escalation B']);
    const notice = store.getState().notices.at(-1)!;
    expect(notice.kind === 'text' && notice.key).toBe('library.trashed');
    if (notice.kind === 'text') notice.action!.run();
    await vi.waitFor(() => expect(store.getState().libraryItems.some((item) => item.id === copy)).toBe(true));
  });

  it('shows API failures as notices', async () => {
    app.api.failNext('duplicateScenario', 'disk-full', 'The disk is full.');
    expect(await app.store.getState().duplicateScenario(ESCALATION)).toBeUndefined();
    const notice = app.store.getState().notices.at(-1)!;
    expect(notice.kind === 'api' && notice.error.code).toBe('disk-full');
  });

  it('restores an old revision as a new one, also in the open editor', async () => {
    const { store } = app;
    await store.getState().openScenario(ESCALATION);
    await store.getState().renameScenario(ESCALATION, 'Renamed');
    expect(store.getState().scenario?.name).toBe('Renamed');
    await store.getState().restoreRevision(ESCALATION, 1);
    expect(store.getState().scenario?.name).toBe('Escalation');
    expect(store.getState().revision).toBe(3);
  });
});

describe('editor slice: undo and autosave', () => {
  it('makes one undo step of a burst on one cell, and separate steps for other cells', async () => {
    const { store } = app;
    await store.getState().openScenario(ESCALATION);
    const original = store.getState().scenario;
    for (const value of [0.65, 0.7, 0.75])
      store.getState().editScenario(restriction(value), 'cell:IC:restriction');
    store.getState().editScenario((s) => setInputSchedule(s, 'SME', 'openness', 0.9), 'cell:SME:openness');
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().scenario?.sectors.SME?.levers?.openness).toBeUndefined();
    expect(store.getState().scenario?.sectors.IC?.restriction).toBe(0.75);
    store.getState().undo();
    expect(store.getState().scenario).toBe(original);
    store.getState().redo();
    expect(store.getState().scenario?.sectors.IC?.restriction).toBe(0.75);
  });

  it('holds the edited scenario once: no other field of the store is a copy of it', async () => {
    const { store } = app;
    await store.getState().openScenario(ESCALATION);
    store.getState().editScenario(restriction(0.8), 'cell:IC:restriction');
    await vi.waitFor(() => expect(store.getState().sim?.runs.size).toBe(2));
    const scenarios = Object.entries(store.getState())
      .filter(([, value]) => typeof value === 'object' && value !== null && 'sectors' in value)
      .map(([key]) => key);
    expect(scenarios).toEqual(['scenario']);
  });

  it('does not record loading a scenario or changing the view as undo steps', async () => {
    const { store } = app;
    await store.getState().openScenario(ESCALATION);
    store.getState().selectCell({ sector: 'IC', input: 'restriction' });
    store.getState().setShowBaseline(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('saves a burst of edits as one revision, after the edits settle', async () => {
    const { store, api } = app;
    await store.getState().openScenario(ESCALATION);
    vi.useFakeTimers();
    for (const value of [0.4, 0.5, 0.6, 0.7]) {
      store.getState().editScenario(restriction(value), 'cell:IC:restriction');
      await vi.advanceTimersByTimeAsync(AUTOSAVE_MS / 2);
    }
    expect(store.getState().saveState).toBe('pending');
    expect(api.calls.filter((c) => c === 'saveScenario')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS + 10);
    expect(api.calls.filter((c) => c === 'saveScenario')).toHaveLength(1);
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().revision).toBe(2);
    expect(api.head(ESCALATION)?.sectors.IC?.restriction).toBe(0.7);
  });

  it('says the scenario is saved when an edit is undone and redone before its save', async () => {
    const { store, api } = app;
    await store.getState().openScenario(ESCALATION);
    store.getState().editScenario(restriction(0.9));
    await store.getState().flushSave();
    const saves = api.calls.filter((c) => c === 'saveScenario').length;
    store.getState().undo();
    expect(store.getState().saveState).toBe('pending');
    store.getState().redo();
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('saved');
    expect(api.calls.filter((c) => c === 'saveScenario')).toHaveLength(saves);
    expect(api.head(ESCALATION)?.sectors.IC?.restriction).toBe(0.9);
  });

  it('saves an undo too, and reports a conflict instead of overwriting', async () => {
    const { store, api } = app;
    await store.getState().openScenario(ESCALATION);
    store.getState().editScenario(restriction(0.9));
    await store.getState().flushSave();
    store.getState().undo();
    await store.getState().flushSave();
    expect(api.head(ESCALATION)?.sectors.IC?.restriction).toEqual(PRESETS[1]!.sectors.IC!.restriction);
    await api.renameScenario({ id: ESCALATION, name: 'Changed elsewhere' });
    store.getState().editScenario(restriction(0.1));
    await store.getState().flushSave();
    expect(store.getState().saveState).toBe('error');
    expect(store.getState().saveError?.code).toBe('conflict');
    expect(api.head(ESCALATION)?.name).toBe('Changed elsewhere');
  });
});

describe('sim slice', () => {
  it('runs the edited scenario and its baseline, and reruns after an edit', async () => {
    const { store } = app;
    await store.getState().openScenario(ESCALATION);
    await vi.waitFor(() => expect(store.getState().sim?.runs.size).toBe(2));
    const before = store.getState().sim!;
    const edited = before.items.find((item) => item.role === 'edited')!;
    const run = before.runs.get(edited.key)!;
    expect(run.ok && run.value.years).toHaveLength(16);
    store.getState().editScenario((s) => setInputSchedule(s, 'LITH', 'restriction', 1));
    await vi.waitFor(() => expect(store.getState().sim?.version).toBeGreaterThan(before.version));
    const after = store.getState().sim!;
    expect(after.items.find((item) => item.role === 'baseline')!.key).toBe(
      before.items.find((item) => item.role === 'baseline')!.key,
    );
    expect(after.items.find((item) => item.role === 'edited')!.key).not.toBe(edited.key);
  });
});
