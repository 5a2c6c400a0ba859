import type { CommandHelp } from './command-help';
import { DB_OPTION } from './shared-options';

export const listHelp: CommandHelp = {
  name: 'list',
  summary:
    'The scenarios in the local library, newest first (tab-separated: id, name, tags, revision, updated).',
  usage: 'list [--db PATH] [--json]',
  options: [DB_OPTION, { flags: '--json', description: 'Print them as JSON.' }],
  example: 'list --json',
};
