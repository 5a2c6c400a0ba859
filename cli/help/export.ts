import type { CommandHelp } from './command-help';
import { DB_OPTION } from './shared-options';

export const exportHelp: CommandHelp = {
  name: 'export',
  summary: 'Write scenarios of the library to one .chokepoint file.',
  usage: 'export [--db PATH] [--id ID...] --out FILE',
  options: [
    DB_OPTION,
    {
      flags: '--id ID',
      description: 'A scenario to export (repeat for several).',
      default: 'all (not the trash)',
    },
    { flags: '--out FILE', description: 'The file to write (required).' },
  ],
  example: 'export --out library.chokepoint',
};
