import type { Language } from '../api-types';
import { LANGUAGES } from '../../../shared/api/app-schemas';
import type { AppStore } from '../store/create-store';

/** The DOM event the desktop menu (through the preload) dispatches on `window`: detail is a command string. */
export const MENU_EVENT = 'chokepoint:menu';

/**
 * Runs a menu command: `language:zh-CN`, `language:en`, `undo`, `redo`, `view:library`, `view:model`.
 * Returns false for an unknown command. The Electron menu can call this through
 * `window.dispatchEvent(new CustomEvent('chokepoint:menu', { detail: 'language:zh-CN' }))`.
 */
export function runMenuCommand(store: AppStore, command: string): boolean {
  const state = store.getState();
  if (command.startsWith('language:')) {
    const language = command.slice('language:'.length);
    if (!(LANGUAGES as readonly string[]).includes(language)) return false;
    void state.setLanguage(language as Language);
    return true;
  }
  switch (command) {
    case 'undo':
      state.undo();
      return true;
    case 'redo':
      state.redo();
      return true;
    case 'view:library':
      state.navigate({ view: 'library' });
      return true;
    case 'view:model':
      state.navigate({ view: 'model' });
      return true;
    default:
      return false;
  }
}

/** Listens for menu commands; returns the function that stops listening. */
export function listenForMenuCommands(store: AppStore): () => void {
  const onCommand = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail === 'string') runMenuCommand(store, detail);
  };
  window.addEventListener(MENU_EVENT, onCommand);
  return () => window.removeEventListener(MENU_EVENT, onCommand);
}
