import type { CommandFiles } from './command-files';

/** What a command may touch of the outside world, passed in so commands are testable without a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Folder relative paths are resolved against. */
  readonly cwd: string;
  /** Process environment (for defaults such as the database path). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Stdout is a terminal (a person reading), not a pipe or a file: `run` then prints a table. */
  readonly stdoutIsTerminal?: boolean;
  /** Stderr is a terminal: long commands may then show their progress there. */
  readonly stderrIsTerminal?: boolean;
  /** The files this run reads and the library it uses, which its output may never replace (set by `runCli`). */
  readonly files?: CommandFiles;
}

/** Exit codes of the `chokepoint` command (file-format.md): 0 success, 1 invalid input, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** A command: parses its own arguments, returns its exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
