import type { CommandHelp } from './command-help';
import { DB_OPTION } from './shared-options';

export const packagesHelp: CommandHelp = {
  name: 'packages',
  summary:
    'The restriction packages scenarios can apply: the built-in ones (the record 2018–2024 and the hypothetical ones), then the library’s own (tab-separated: id, name, year, sectors, source).',
  usage: 'packages [--db PATH] [--json]',
  description:
    'A scenario names the packages it applies in "restrictionPackages"; run, report, optimize and diff apply them. A library package in the trash is marked "(in trash)"; --json gives each package as a file carries it, with kind, hypothetical, inTrash and the scenarios that use it.',
  options: [DB_OPTION, { flags: '--json', description: 'Print them as JSON.' }],
  example: 'packages --json',
};
