import type { CommandHelp } from './command-help';

export const diffHelp: CommandHelp = {
  name: 'diff',
  summary: 'Lever-by-lever differences of two scenarios.',
  usage: 'diff FILE_A FILE_B [--a NAME|ID] [--b NAME|ID] [--json]',
  description:
    'With one scenario in each file, those two. With several, --a and --b choose one from each; without ' +
    'them, the scenarios are paired by id.',
  options: [
    { flags: '--a NAME|ID', description: 'The scenario of FILE_A.' },
    { flags: '--b NAME|ID', description: 'The scenario of FILE_B.' },
    { flags: '--json', description: 'Print the differences as JSON.' },
  ],
  example: 'diff x.chokepoint y.chokepoint --a Baseline --b Escalation',
};
