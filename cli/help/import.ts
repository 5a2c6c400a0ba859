import type { CommandHelp } from './command-help';
import { DB_OPTION } from './shared-options';

export const importHelp: CommandHelp = {
  name: 'import',
  summary: 'Add the scenarios of a file to the library: all of them or none.',
  usage:
    'import FILE [--db PATH] [--on-conflict keep-both|replace|skip|merge] [--prefer ours|theirs] [--author NAME] [--json]',
  description:
    'A scenario whose id is already in the library with different content stops the import (nothing is ' +
    'written) unless --on-conflict says what to do. A refused file creates nothing. With merge, a scenario ' +
    'that descends from a revision of this library merges three-way; cells changed on both sides leave it ' +
    'unchanged (exit 1) unless --prefer picks a side. The restriction packages the file defines are added ' +
    'first; one whose id the library holds with other levels is a conflict too, answered by the same ' +
    'policy (merge keeps both packages; replace records the edit in the scenarios that apply it).',
  options: [
    DB_OPTION,
    {
      flags: '--on-conflict POLICY',
      description:
        'What to do with a scenario (or a restriction package) whose id is in the library with different content.',
      values: ['keep-both', 'replace', 'skip', 'merge'],
      default: 'stop and list them',
    },
    {
      flags: '--prefer SIDE',
      description: 'With --on-conflict merge: the side that wins a cell changed on both sides.',
      values: ['ours', 'theirs'],
      default: 'none: such scenarios stay unchanged and are reported',
    },
    { flags: '--author NAME', description: 'Who is importing, recorded on the new revisions.' },
    { flags: '--json', description: 'Print the import report as JSON.' },
  ],
  example: 'import x.chokepoint --on-conflict keep-both',
};
