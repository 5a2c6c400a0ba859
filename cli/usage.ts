import { COMMANDS } from './command-registry';

/** The help text of the `chokepoint` command: one line per command, from each command's own help. */
export const USAGE = [
  'Usage: chokepoint <command> [options]',
  '',
  'Commands:',
  ...COMMANDS.map(({ help }) => `  ${help.name.padEnd(12)} ${help.summary}`),
  '',
  'Run `chokepoint help COMMAND` (or `chokepoint COMMAND --help`) for its options and an example;',
  '`chokepoint --version` for the app, model and file-format versions.',
  '',
  'Exit codes: 0 success, 1 invalid input (message on stderr, nothing written), 2 usage error.',
  '',
].join('\n');
