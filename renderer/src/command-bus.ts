import type { FileText } from './api-types';

/** Commands that need a view's UI (the import dialogs live in the library view). */
export type ViewCommand =
  { readonly kind: 'import' } | { readonly kind: 'open-files'; readonly files: readonly FileText[] };

type Listener = (command: ViewCommand) => void;

let listener: Listener | undefined;
const waiting: ViewCommand[] = [];

/** Sends a command to the view that handles it; kept until that view is shown and listens. */
export function sendViewCommand(command: ViewCommand): void {
  if (listener) listener(command);
  else waiting.push(command);
}

/** The handling view listens while mounted; commands sent before it mounted are delivered first. */
export function listenForViewCommands(next: Listener): () => void {
  listener = next;
  for (const command of waiting.splice(0)) next(command);
  return () => {
    if (listener === next) listener = undefined;
  };
}
