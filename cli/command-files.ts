import type { WriteContext } from '../services/write-context';

/**
 * The files one command run touches, noted as it reads them (`readScenarioFile`, the library session),
 * so that its output can never be written over one of them, whichever command and output it is.
 */
export interface CommandFiles {
  noteInput(path: string): void;
  noteLibrary(path: string): void;
  context(): WriteContext;
}

/** A fresh record; `library` is the library in use until the command opens another with --db. */
export function commandFiles(library: string | undefined): CommandFiles {
  const inputs: string[] = [];
  let current = library;
  return {
    noteInput: (path) => void inputs.push(path),
    noteLibrary: (path) => {
      current = path;
    },
    context: () => ({ inputs: [...inputs], ...(current === undefined ? {} : { library: current }) }),
  };
}
