import type { CommandHelp } from './command-help';
import { DB_OPTION } from './shared-options';

export const importHelp: CommandHelp = {
  name: 'import',
  summary: 'Add the scenarios of a file to the library: all of them or none.',
  usage: 'import FILE [--db PATH] [--on-conflict keep-both|replace|skip]',
  description:
    'A scenario whose id is already in the library with different content stops the import (nothing is ' +
    'written) unless --on-conflict says what to do. A refused file creates nothing.',
  options: [
    DB_OPTION,
    {
      flags: '--on-conflict POLICY',
      description: 'What to do with a scenario whose id is in the library with different content.',
      values: ['keep-both', 'replace', 'skip'],
      default: 'stop and list them',
    },
  ],
  example: 'import x.chokepoint --on-conflict keep-both',
};
