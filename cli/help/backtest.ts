import type { CommandHelp } from './command-help';
import { MC_OPTION, SEED_OPTION, MODEL_OPTION } from './shared-options';

export const backtestHelp: CommandHelp = {
  name: 'backtest',
  summary: 'Run the model from 2018 on the historical inputs against what was observed.',
  usage: 'backtest [--mc N] [--seed S] [--grid [--points K]] [--json] [--model 1|2]',
  options: [
    MC_OPTION,
    SEED_OPTION,
    { flags: '--grid', description: 'Also vary the key parameters over a grid.' },
    { flags: '--points K', description: 'Grid points per parameter (2 to 41; needs --grid).' },
    { flags: '--json', description: 'Print the results as JSON.' },
    MODEL_OPTION,
  ],
  example: 'backtest --mc 200',
};
