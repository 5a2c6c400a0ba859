import { getCatalogue, PRESETS } from '../../shared/catalogue';
import type { OptionHelp } from './command-help';

/** Sector ids of the built-in catalogue (case does not matter on the command line). */
export const SECTOR_IDS: readonly string[] = (getCatalogue('default-2025')?.sectors ?? []).map(
  (sector) => sector.id,
);

/** Names of the built-in example scenarios. */
export const EXAMPLE_NAMES: readonly string[] = PRESETS.map((preset) => preset.name);

export const DB_OPTION: OptionHelp = {
  flags: '--db PATH',
  description:
    'The scenario library (an SQLite file). A path that is not a library is refused, never changed.',
  default: '$CHOKEPOINT_DB, else the desktop app’s own library',
};

export const MC_OPTION: OptionHelp = {
  flags: '--mc N',
  description: 'Monte Carlo draws (1 to 100000) for P10–P90 bands.',
  default: 'none',
};

export const SEED_OPTION: OptionHelp = {
  flags: '--seed S',
  description: 'Seed of the Monte Carlo draws (a whole number from 0 to 4294967295).',
  default: 'the scenario’s own seed',
};

export const SCENARIO_OPTION: OptionHelp = {
  flags: '--scenario NAME|ID',
  description: 'Only the scenario with this id, or this name (case does not matter).',
};

export const DISCOUNT_OPTION: OptionHelp = {
  flags: '--discount-rate R',
  description: 'Yearly rate for discounted cumulative costs, 0 to 1 (0.03 or 3%).',
  default: '0.03',
};

export const MODEL_OPTION: OptionHelp = {
  flags: '--model VERSION',
  description: 'Model version: 1 reproduces results published with version 1.',
  values: ['1', '2'],
  default: '2',
};

/** What every --out obeys (cli/output-format.ts, services/output-target.ts), said once for every command. */
export const OUT_RULE =
  'Its extension decides the format (--format may only agree). A library, an SQLite database, a file the ' +
  'command reads, a folder or a device is never written over: the command stops and writes nothing. - is stdout.';
