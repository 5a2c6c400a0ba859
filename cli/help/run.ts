import type { CommandHelp } from './command-help';
import { extensionsText, RUN_FORMATS } from '../output-format';
import {
  DISCOUNT_OPTION,
  MC_OPTION,
  MODEL_OPTION,
  OUT_RULE,
  SCENARIO_OPTION,
  SEED_OPTION,
} from './shared-options';

export const runHelp: CommandHelp = {
  name: 'run',
  summary: 'Project the scenarios of a file.',
  usage:
    'run FILE [--scenario NAME|ID] [--format table|json|csv] [--mc N] [--seed S] [--dt 1/N] [--out PATH] [--discount-rate R] [--model 1|2]',
  description:
    'On a terminal it prints a short table per scenario (self-reliance and open chokepoints over the years); ' +
    'when stdout is a pipe or a file, or with --format json, it prints the full results as JSON (one object, ' +
    'or an array for several scenarios).',
  options: [
    SCENARIO_OPTION,
    {
      flags: '--format FORMAT',
      description: 'What to print.',
      values: ['table', 'json', 'csv'],
      default: `from --out's extension (${extensionsText(RUN_FORMATS)}), else table on a terminal, json otherwise`,
    },
    MC_OPTION,
    SEED_OPTION,
    { flags: '--dt 1/N', description: 'Time step: N sub-steps a year, 1 to 384.', default: '1/12' },
    { flags: '--out PATH', description: `Write to this file instead of stdout. ${OUT_RULE}` },
    DISCOUNT_OPTION,
    MODEL_OPTION,
  ],
  example: 'run x.chokepoint --scenario Baseline --mc 200 --format json --out baseline.json',
};
