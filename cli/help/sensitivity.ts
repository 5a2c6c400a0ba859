import type { CommandHelp } from './command-help';
import { SCENARIO_OPTION, SECTOR_IDS } from './shared-options';

export const sensitivityHelp: CommandHelp = {
  name: 'sensitivity',
  summary: 'Rank the parameters by their effect on an output in one year (a tornado).',
  usage:
    'sensitivity FILE [--scenario NAME|ID] [--output S|C|aggregate|chokepoints] [--sector ID] [--year Y] [--json]',
  description:
    'With several scenarios in FILE and no --scenario, the first one (a notice names it). S and C are ' +
    'per sector and need --sector; aggregate and chokepoints are economy-wide.',
  options: [
    { ...SCENARIO_OPTION, default: 'the first scenario' },
    {
      flags: '--output OUTPUT',
      description: 'The output to explain.',
      values: ['S', 'C', 'aggregate', 'chokepoints'],
      default: 'S with --sector, else aggregate',
    },
    { flags: '--sector ID', description: 'The sector of S or C (case does not matter).', values: SECTOR_IDS },
    { flags: '--year Y', description: 'The year of the output.', default: 'the last year of the run' },
    { flags: '--json', description: 'Print the ranking as JSON.' },
  ],
  example: 'sensitivity x.chokepoint --scenario Escalation --output S --sector IC',
};
