import type { CommandHelp } from './command-help';
import { DB_OPTION, OUT_RULE } from './shared-options';

export const exportHelp: CommandHelp = {
  name: 'export',
  summary: 'Write scenarios of the library to one .chokepoint file.',
  usage: 'export [--db PATH] [--id ID...] --out FILE [--split]',
  description:
    'The file is what `import` reads back: canonical (one member per line) when that fits the file limits ' +
    '(20 MB, 1000 scenarios), else compact. A selection that fits no single file is refused before anything ' +
    'is written; --split writes it as several files named by part (library.part-1-of-2.chokepoint, …), each ' +
    'within the limits, which import one after the other into the same library.',
  options: [
    DB_OPTION,
    {
      flags: '--id ID',
      description: 'A scenario to export (repeat for several).',
      default: 'all (not the trash)',
    },
    {
      flags: '--out FILE',
      description: `The file to write (required; .chokepoint or .json). ${OUT_RULE}`,
    },
    { flags: '--split', description: 'When one file cannot hold the selection, write it in parts.' },
  ],
  example: 'export --out library.chokepoint',
};
