import type { CommandHelp } from './command-help';

export const validateHelp: CommandHelp = {
  name: 'validate',
  summary: 'Check scenario files: exit 0 when every file is valid, else 1 with one line per problem.',
  usage: 'validate FILE...',
  description:
    'Valid means `run` runs it: besides the file format (docs/file-format.md), each scenario is calibrated ' +
    'and run once, and anything the model refuses is reported at its JSON path.',
  options: [],
  example: 'validate x.chokepoint',
};
