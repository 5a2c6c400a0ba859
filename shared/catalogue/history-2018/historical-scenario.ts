import type { LeverId } from '../../domain/inputs';
import type { Scenario, SectorInputs } from '../../domain/scenario';
import type { StepPoint } from '../../domain/schedule';
import { builtInPackages } from '../../packages/built-in-packages';
import { HISTORICAL_PACKAGES } from '../../packages/historical-packages';
import { describePackageResolutionError, resolveRestrictionPackages } from '../../packages/resolve-packages';
import { deepFreeze } from '../deep-freeze';
import type { Sourced } from '../types';
import { HISTORY_CATALOGUE_2018 } from '.';

/** One historical input set by the scenario itself: a sector's schedule and the public events its levels are a reading of. */
export interface HistoricalInput extends Sourced {
  readonly sector: string;
  readonly input: Extract<LeverId, 'procurement' | 'rdTaxCut'> | 'restriction';
  /** Year: value; each value holds until the next year listed. */
  readonly steps: readonly StepPoint[];
}

const BASE_YEAR = HISTORY_CATALOGUE_2018.baseYear;
/** The backtest runs to 2024, the last year observed. */
export const HISTORICAL_HORIZON = 2024 - BASE_YEAR;

// Levels are judgement on the public timeline (backtest.md): every entry is labelled so (confidence L).
const reading = (events: string): Sourced => ({
  source: `judgement on the public timeline: ${events}`,
  confidence: 'L',
});

const FAB_PROCUREMENT = reading(
  'state-guided domestic procurement in new fabs from ~2019–2020 (Big Fund II, 2019, CNY ~204 bn; State Council IC policy, 2020)',
);
const ROBOT_PLAN = reading('14th Five-Year Plan robot industry plan (2021)');
// The R&D tax cut is the user-cost cut against the 2018 law (175 % deduction at the 25 % corporate rate).
const SUPER_DEDUCTION = reading(
  'R&D super-deduction raised to 100 % for manufacturers (2021) and 120 % for IC and machine-tool firms (2023): user-cost cuts of 0.11 and 0.20 against the 2018 law',
);
const MANUFACTURER_DEDUCTION = reading(
  'R&D super-deduction raised to 100 % for manufacturers (2021): a user-cost cut of 0.11',
);
const ALL_FIRMS_DEDUCTION = reading(
  'R&D super-deduction raised to 100 % for all firms (2023): a user-cost cut of 0.11',
);

const steps = (...points: readonly [number, number][]): StepPoint[] =>
  points.map(([year, value]) => ({ year, value }));
const row = (sector: string, input: HistoricalInput['input'], points: StepPoint[], basis: Sourced) =>
  ({ sector, input, steps: points, ...basis }) satisfies HistoricalInput;

const TAX_2021_2023 = steps([2018, 0], [2021, 0.11], [2023, 0.2]);

/**
 * The procurement and R&D tax schedules of backtest.md, 2018–2024, and the two restrictions no event
 * moved (robots and advanced materials, "few controls": the scenario's own constant levels, which a
 * Monte Carlo draw holds fixed as it always did). Sectors and inputs not listed keep the 2018
 * catalogue's defaults (procurement m0 = 0, no tax cut). The other restrictions are the historical
 * restriction packages (HISTORICAL_PACKAGE_IDS).
 */
export const HISTORICAL_INPUTS: readonly HistoricalInput[] = [
  row('IC', 'rdTaxCut', TAX_2021_2023, SUPER_DEDUCTION),
  row('SME', 'procurement', steps([2018, 0], [2019, 0.25], [2020, 0.5]), FAB_PROCUREMENT),
  row('SME', 'rdTaxCut', TAX_2021_2023, SUPER_DEDUCTION),
  row('LITH', 'rdTaxCut', TAX_2021_2023, SUPER_DEDUCTION),
  row('ISW', 'rdTaxCut', steps([2018, 0], [2023, 0.11]), ALL_FIRMS_DEDUCTION),
  row('SMAT', 'rdTaxCut', TAX_2021_2023, SUPER_DEDUCTION),
  row('CNC', 'rdTaxCut', TAX_2021_2023, SUPER_DEDUCTION),
  row('ROB', 'restriction', steps([2018, 0.02]), reading('few controls on industrial robots')),
  row('ROB', 'procurement', steps([2018, 0], [2021, 0.25], [2022, 0.5]), ROBOT_PLAN),
  row('ROB', 'rdTaxCut', steps([2018, 0], [2021, 0.11]), MANUFACTURER_DEDUCTION),
  row(
    'AMAT',
    'restriction',
    steps([2018, 0.1]),
    reading('few controls on carbon fibre beyond long-standing items'),
  ),
  row('AMAT', 'rdTaxCut', steps([2018, 0], [2021, 0.11]), MANUFACTURER_DEDUCTION),
  row('AERO', 'rdTaxCut', steps([2018, 0], [2021, 0.11]), MANUFACTURER_DEDUCTION),
  row('INST', 'rdTaxCut', steps([2018, 0], [2021, 0.11]), MANUFACTURER_DEDUCTION),
  row('BSW', 'rdTaxCut', steps([2018, 0], [2023, 0.11]), ALL_FIRMS_DEDUCTION),
];

function sectorsOf(inputs: readonly HistoricalInput[]): Record<string, SectorInputs> {
  const sectors: Record<
    string,
    { levers?: SectorInputs['levers']; restriction?: SectorInputs['restriction'] }
  > = {};
  for (const { sector, input, steps: schedule } of inputs) {
    const entry = (sectors[sector] ??= {});
    if (input === 'restriction') entry.restriction = schedule;
    else entry.levers = { ...entry.levers, [input]: schedule };
  }
  return sectors;
}

/** The historical restriction packages, in the order they apply (each on top of the ones before). */
export const HISTORICAL_PACKAGE_IDS: readonly string[] = HISTORICAL_PACKAGES.map((entry) => entry.id);

/**
 * The historical inputs as a scenario on the 2018 catalogue, 2018–2024, as a planner would keep it:
 * the policy levers as its own schedules, the restrictions as the historical packages it applies.
 */
export const HISTORICAL_RECORD: Scenario = deepFreeze({
  id: 'b7d3f0a2-5c1e-4e8a-9f61-2018b4c7e024',
  name: 'History 2018–2024',
  description:
    'The restrictions (the historical restriction packages), domestic-procurement preferences and R&D tax cuts of 2018–2024 as read from the public timeline (levels are judgement), for the backtest.',
  author: 'Chokepoint Planner',
  tags: ['history', 'backtest'],
  createdAt: '2026-11-28T00:00:00.000Z',
  updatedAt: '2026-11-28T00:00:00.000Z',
  baseYear: BASE_YEAR,
  horizon: HISTORICAL_HORIZON,
  seed: 2018,
  catalogue: HISTORY_CATALOGUE_2018.id,
  sectors: sectorsOf(HISTORICAL_INPUTS),
  restrictionPackages: HISTORICAL_PACKAGE_IDS,
});

function resolved(record: Scenario): Scenario {
  const result = resolveRestrictionPackages(record, HISTORY_CATALOGUE_2018, builtInPackages);
  if (!result.ok) throw new Error(describePackageResolutionError(result.error));
  return deepFreeze(result.value);
}

/** The historical record with its packages applied: what the backtest runs. */
export const HISTORICAL_SCENARIO: Scenario = resolved(HISTORICAL_RECORD);
