import type { AppStore } from '../store/create-store';

const TEXT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** Text fields keep their own undo; everywhere else Ctrl/Cmd+Z undoes scenario edits. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TEXT_TYPES.has(target.type);
}

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, while a scenario is open. */
export function listenForShortcuts(store: AppStore): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    if (isTextField(event.target) || !store.getState().scenario) return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) store.getState().redo();
    else store.getState().undo();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
