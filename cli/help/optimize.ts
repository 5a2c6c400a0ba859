import type { CommandHelp } from './command-help';
import {
  DISCOUNT_OPTION,
  MC_OPTION,
  OUT_RULE,
  SCENARIO_OPTION,
  SECTOR_IDS,
  SEED_OPTION,
} from './shared-options';

export const optimizeHelp: CommandHelp = {
  name: 'optimize',
  summary: 'Find the least-cost lever package that meets targets with a given confidence.',
  usage:
    'optimize FILE [--scenario NAME|ID] --target IC:S>=0.7@2035 [--target …] [--confidence 0.8] [--levers a,b,…] [--sectors IC,SME,…] [--budget X] [--mc N] [--seed S] [--from YEAR] [--ramp YEARS] [--discount-rate R] [--out plan.chokepoint] [--json]',
  description:
    'The scenario’s restrictions and assumptions are the world; the search sets the allowed levers in the ' +
    'allowed sectors and reports the cost–confidence frontier, the chosen package and the uncertain ' +
    'parameters that separate the draws where the targets fail. Unreachable targets: exit 0 with ' +
    '"feasible": false, the best confidence reached and the lever bounds that bind.',
  options: [
    SCENARIO_OPTION,
    {
      flags: '--target T',
      description:
        'SECTOR:S>=v@YEAR (self-reliance), SECTOR:C>=v@YEAR (capability), aggregate>=v@YEAR or chokepoints<=n@YEAR; repeat for more.',
    },
    {
      flags: '--confidence P',
      description: 'Share of the draws in which every target must hold.',
      default: '0.8',
    },
    {
      flags: '--levers LIST',
      description: 'Levers the plan may set, comma-separated.',
      default: 'every lever but the restriction',
    },
    {
      flags: '--sectors LIST',
      description: 'Sectors the plan may set, comma-separated.',
      values: SECTOR_IDS,
      default: 'the targets’ sectors and their suppliers',
    },
    { flags: '--budget X', description: 'Cap on the cumulative discounted fiscal cost.', default: 'none' },
    { ...MC_OPTION, default: '200' },
    SEED_OPTION,
    {
      flags: '--from YEAR',
      description: 'First year the package applies.',
      default: 'the year after the base year',
    },
    {
      flags: '--ramp YEARS',
      description: 'Years over which each lever ramps to its level.',
      default: '0 (a step)',
    },
    DISCOUNT_OPTION,
    {
      flags: '--out PATH',
      description: `Write the plan as a scenario file (.chokepoint or .json) that \`chokepoint run\` reproduces. ${OUT_RULE}`,
    },
    {
      flags: '--json',
      description: 'Print feasible, confidence, cost, package, frontier and failureDrivers as JSON.',
    },
  ],
  example:
    "optimize x.chokepoint --scenario 'Push under escalation' --target IC:S>=0.5@2035 --sectors IC,SME,LITH --out out/plan.chokepoint",
};
