import type { StoreApi } from 'zustand';

type HandleSet<T> = StoreApi<T>['setState'];

/**
 * Groups rapid edits into one undo step: zundo records the state before an edit unless the edit
 * belongs to the same group (the same cell or the same drag) as the previous one and comes within
 * `quietMs` of it. One slider drag, or a burst of arrow-key presses on one cell, is one step; an edit
 * of another cell always starts a new one.
 */
export function createEditGroups(quietMs = 600, now: () => number = () => performance.now()) {
  let current: string | undefined;
  let lastGroup: string | undefined;
  let lastTime = -Infinity;
  return {
    /** Runs `apply` as an edit of `group` (undefined: an edit of its own). */
    within(group: string | undefined, apply: () => void): void {
      current = group;
      try {
        apply();
      } finally {
        current = undefined;
      }
    },
    /** Forget the last group (after undo or redo, the next edit is a new step). */
    reset(): void {
      lastGroup = undefined;
      lastTime = -Infinity;
    },
    /** zundo's `handleSet` option: a throttle keyed by edit group. */
    handleSet<T>(handleSet: HandleSet<T>) {
      return (...args: unknown[]): void => {
        const time = now();
        const sameBurst = current !== undefined && current === lastGroup && time - lastTime < quietMs;
        lastGroup = current;
        lastTime = time;
        if (!sameBurst) (handleSet as (...args: unknown[]) => void)(...args);
      };
    },
  };
}

export type EditGroups = ReturnType<typeof createEditGroups>;
