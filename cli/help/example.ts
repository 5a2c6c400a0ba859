import type { CommandHelp } from './command-help';
import { EXAMPLE_NAMES, OUT_RULE } from './shared-options';

export const exampleHelp: CommandHelp = {
  name: 'example',
  summary: 'Write a built-in example scenario file.',
  usage: 'example [NAME] [--out PATH]',
  description: `NAME is one of the built-in examples: ${EXAMPLE_NAMES.map((name) => `"${name}"`).join(', ')}; without it, all of them.`,
  options: [
    {
      flags: '--out PATH',
      description: `Write to this file (.chokepoint or .json) instead of stdout. ${OUT_RULE}`,
    },
  ],
  example: 'example Baseline --out baseline.chokepoint',
};
