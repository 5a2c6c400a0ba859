import {
  DEFAULT_OPTIMIZE_DRAWS,
  MAX_OPTIMIZE_DRAWS,
  MIN_OPTIMIZE_DRAWS,
} from '../../shared/optimize/problem';
import { COST_TOLERANCE } from '../../shared/optimize/lexicographic-choice';
import type { CommandHelp } from './command-help';
import { DISCOUNT_OPTION, OUT_RULE, SCENARIO_OPTION, SECTOR_IDS, SEED_OPTION } from './shared-options';

/** How long a search may run before it answers with the best package so far (the parser reads these too). */
export const DEFAULT_TIME_LIMIT_SECONDS = 120;
export const MAX_TIME_LIMIT_SECONDS = 86_400;

export const optimizeHelp: CommandHelp = {
  name: 'optimize',
  summary: 'Find the least-cost lever package that meets targets with a given confidence.',
  usage:
    'optimize FILE [--scenario NAME|ID] --target IC:S>=0.7@2035 [--target …] [--confidence 0.8] [--levers a,b,…] [--sectors IC,SME,…] [--budget X] [--mc N] [--seed S] [--from YEAR] [--ramp YEARS] [--discount-rate R] [--time-limit S] [--out plan.chokepoint] [--out-best best.chokepoint] [--json]',
  description:
    'The scenario’s restrictions and assumptions are the world; the search sets the allowed levers in the ' +
    'allowed sectors and reports the cost–confidence frontier and the chosen package: of the packages within ' +
    `${COST_TOLERANCE * 100} % of the least cost found, the one met in the most draws, with every lever that ` +
    'changes neither cost nor confidence left as the scenario has it. Beside it: each lever’s price of ' +
    'confidence (a step down and up), the answer on fresh draws (flagged when it hinges on two draws or ' +
    'fewer), and the uncertain parameters that separate the failing draws, checked on those fresh draws. ' +
    'Targets: @YEAR is the value in that year; "by YEAR" is reached in some year after the base year and no ' +
    'later than YEAR (the base year never counts); two floors on the same quantity and year are one, the ' +
    'higher; sector ids in any case. Unreachable targets: exit 0 with "feasible": false, the shortfall per ' +
    'target and the lever bounds that bind; --out is then not written.',
  options: [
    SCENARIO_OPTION,
    {
      flags: '--target T',
      description:
        'SECTOR:S>=v@YEAR (self-reliance in that year), SECTOR:C>=v@YEAR (capability), aggregate>=v@YEAR or chokepoints<=n@YEAR; "by YEAR" instead of @YEAR for "in some year up to YEAR" (quote it); repeat for more.',
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
    {
      flags: '--mc N',
      description: `Monte Carlo draws every package is read on (${MIN_OPTIMIZE_DRAWS} to ${MAX_OPTIMIZE_DRAWS}); the fresh draws are as many.`,
      default: String(DEFAULT_OPTIMIZE_DRAWS),
    },
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
      flags: '--time-limit S',
      description:
        'Seconds the search may run; then it answers with the best package found so far ("stopped": "time").',
      default: String(DEFAULT_TIME_LIMIT_SECONDS),
    },
    {
      flags: '--out PATH',
      description: `Write the plan as a scenario file (.chokepoint or .json) that \`chokepoint run\` reproduces; not written when the targets are not reachable. ${OUT_RULE}`,
    },
    {
      flags: '--out-best PATH',
      description: 'Write the best package found, whether or not it reaches the targets.',
    },
    {
      flags: '--json',
      description:
        'Print feasible, confidence, cost, package, frontier, priceOfConfidence, robustness, shortfall and failureDrivers (with its holdout) as JSON.',
    },
  ],
  example:
    "optimize x.chokepoint --scenario 'Push under escalation' --target IC:S>=0.5@2035 --sectors IC,SME,LITH --out out/plan.chokepoint",
};
