import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { AppStore } from './create-store';
import type { AppState } from './store-types';

export { createAppStore } from './create-store';
export type { AppStore } from './create-store';
export type * from './store-types';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp outside <StoreContext.Provider>');
  return store;
}

/** An atomic selector on the app store. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** A selector that picks several values (compared shallowly, so a new object each time is fine). */
export function useAppShallow<T extends object>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), useShallow(selector));
}

/** Undo and redo availability. */
export function useHistory(): { canUndo: boolean; canRedo: boolean } {
  const store = useAppStore();
  const canUndo = useStore(store.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (state) => state.futureStates.length > 0);
  return { canUndo, canRedo };
}
