import { diffCommand } from './commands/diff';
import { exampleCommand } from './commands/example';
import { runCommand } from './commands/run';
import { validateCommand } from './commands/validate';
import type { Command } from './io';
import type { CommandHelp } from './help/command-help';
import { backtestHelp } from './help/backtest';
import { diffHelp } from './help/diff';
import { exampleHelp } from './help/example';
import { exportHelp } from './help/export';
import { importHelp } from './help/import';
import { listHelp } from './help/list';
import { optimizeHelp } from './help/optimize';
import { packagesHelp } from './help/packages';
import { reportHelp } from './help/report';
import { runHelp } from './help/run';
import { sensitivityHelp } from './help/sensitivity';
import { validateHelp } from './help/validate';

export interface CommandEntry {
  readonly help: CommandHelp;
  /** Loaded only when called: the store commands load better-sqlite3, the report ECharts. */
  readonly load: () => Promise<Command>;
}

/** Every subcommand, in the order `chokepoint --help` lists them. Adding one: its help file and a line here. */
export const COMMANDS: readonly CommandEntry[] = [
  { help: runHelp, load: async () => runCommand },
  { help: validateHelp, load: async () => validateCommand },
  { help: exampleHelp, load: async () => exampleCommand },
  { help: diffHelp, load: async () => diffCommand },
  { help: listHelp, load: async () => (await import('./commands/list')).listCommand },
  { help: packagesHelp, load: async () => (await import('./commands/packages')).packagesCommand },
  { help: importHelp, load: async () => (await import('./commands/import')).importCommand },
  { help: exportHelp, load: async () => (await import('./commands/export')).exportCommand },
  { help: backtestHelp, load: async () => (await import('./commands/backtest')).backtestCommand },
  { help: sensitivityHelp, load: async () => (await import('./commands/sensitivity')).sensitivityCommand },
  { help: reportHelp, load: async () => (await import('./commands/report')).reportCommand },
  { help: optimizeHelp, load: async () => (await import('./commands/optimize')).optimizeCommand },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((entry) => entry.help.name === name);
}
