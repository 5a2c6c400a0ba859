import type { Scenario } from '../../../shared/domain/scenario';
import { call } from '../api';
import type { AppState } from './store-types';

/** Quiet time after the last edit before it is saved: one burst of edits, one revision. */
export const AUTOSAVE_MS = 700;

type SaveFields = Pick<AppState, 'revision' | 'saveState' | 'saveError'>;

/**
 * Saves the edited scenario after each burst of edits, one save at a time, against the revision it
 * builds on. It remembers which scenario object the library has: an edit undone before its save leaves
 * nothing to save, and the status says 'saved' again. That reference is the autosave's own, not a second
 * copy of the scenario in the store.
 */
export function createAutosave(
  get: () => AppState,
  set: (fields: Partial<SaveFields>) => void,
): {
  /** The library now has `scenario` (opened, reloaded, saved elsewhere; null: none open). */
  readonly saved: (scenario: Scenario | null) => void;
  /** The edited scenario changed (an edit, an undo, a redo): save after the quiet time. */
  readonly changed: () => void;
  /** Saves what is pending now. */
  readonly flush: () => Promise<void>;
} {
  let saved: Scenario | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;

  async function saveOnce(): Promise<void> {
    const { scenario, revision } = get();
    if (!scenario) return;
    // Undone and redone before the save: what is shown is what is saved (the state said 'pending').
    if (scenario === saved) {
      if (get().saveState === 'pending') set({ saveState: 'saved' });
      return;
    }
    set({ saveState: 'saving' });
    const result = await call('saveScenario', { scenario, expectedRevision: revision });
    if (get().scenarioId !== scenario.id) return;
    if (!result.ok) {
      set({ saveState: 'error', saveError: result.error });
      get().notify({ tone: 'error', kind: 'api', context: 'editor.error.save', error: result.error });
      return;
    }
    const current = get().scenario;
    saved = scenario;
    set({
      revision: result.value.revision,
      saveError: null,
      saveState: current === scenario ? 'saved' : 'pending',
    });
    if (current !== scenario) schedule();
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    while (inFlight) await inFlight;
    // A conflict waits for the user (reload or keep editing a copy); other failures retry on the next edit.
    if (get().saveError?.code === 'conflict') return;
    inFlight = saveOnce().finally(() => {
      inFlight = undefined;
    });
    await inFlight;
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), AUTOSAVE_MS);
  }

  return {
    saved(scenario) {
      saved = scenario;
    },
    changed() {
      const { scenario, saveError } = get();
      if (!scenario || scenario === saved) return;
      if (saveError?.code !== 'conflict') set({ saveState: 'pending' });
      schedule();
    },
    flush,
  };
}
