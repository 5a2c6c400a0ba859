import type { CommandHelp } from './command-help';
import { MC_OPTION, SEED_OPTION, MODEL_OPTION } from './shared-options';

export const backtestHelp: CommandHelp = {
  name: 'backtest',
  summary: 'Run the model from 2018 on the historical inputs against what was observed.',
  usage:
    'backtest [--mc N] [--seed S] [--grid [--points K]] [--json] [--model 1|2] [--format text|json|svg|png] [--out PATH] [--lang en|zh-CN]',
  description:
    'Prints the split by time (fitted up to 2021, tested on 2022–2024) and the split by sector (each ' +
    'sector predicted by a fit on the others).',
  options: [
    MC_OPTION,
    SEED_OPTION,
    { flags: '--grid', description: 'Also vary the key parameters over a grid.' },
    { flags: '--points K', description: 'Grid points per parameter (2 to 41; needs --grid).' },
    { flags: '--json', description: 'Print the results as JSON (the same as --format json).' },
    MODEL_OPTION,
    {
      flags: '--format FORMAT',
      description:
        'text or json; svg: the chart of the Model page (needs --out); png: not yet on the command line.',
      values: ['text', 'json', 'svg', 'png'],
      default: 'text',
    },
    { flags: '--out PATH', description: 'The file to write.', default: 'standard output (text and json)' },
    { flags: '--lang LANG', description: 'Language of the chart.', values: ['en', 'zh-CN'], default: 'en' },
  ],
  example: 'backtest --mc 200',
};
