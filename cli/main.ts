import type { CliIo, Command } from './io';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './io';
import { diffCommand } from './commands/diff';
import { exampleCommand } from './commands/example';
import { runCommand } from './commands/run';
import { validateCommand } from './commands/validate';
import { UsageError } from './parse-options';
import { USAGE } from './usage';

/** Every subcommand; the store commands load better-sqlite3 only when called. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  run: async () => runCommand,
  validate: async () => validateCommand,
  example: async () => exampleCommand,
  diff: async () => diffCommand,
  list: async () => (await import('./commands/list')).listCommand,
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  backtest: async () => (await import('./commands/backtest')).backtestCommand,
  sensitivity: async () => (await import('./commands/sensitivity')).sensitivityCommand,
  // ECharts (for the report's server-rendered charts) loads only when a report is made.
  report: async () => (await import('./commands/report')).reportCommand,
  optimize: async () => (await import('./commands/optimize')).optimizeCommand,
};

/** Runs the `chokepoint` command with `argv` (without node and script), returning the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`Unknown command "${name}".\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (
      await load()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`chokepoint ${name}: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    io.stderr(`chokepoint ${name}: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_INVALID;
  }
}
