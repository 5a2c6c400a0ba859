import type { DataKey } from '../../domain/parameter-keys';
import { SECTORS_2025 } from '../default-2025/sectors';
import { judgement } from '../default-2025/judgement';
import type { SectorDefinition, Sourced } from '../types';

/** The 2018 data of one sector that differ from the 2025 catalogue, with their sources. */
interface SectorRow2018 {
  readonly id: string;
  /** Replaces the 2025 definition where the 2018 series measures something else. */
  readonly definition?: SectorDefinition['definition'];
  readonly data: Readonly<Record<'S0' | 'lag0' | 'r0' | 'dSObs' | 'dLagObs', number>>;
  readonly ranges: SectorDefinition['ranges'];
  readonly sources: Partial<Record<DataKey, Sourced>>;
  /** The data read from a source for 2018 (an observation), not derived, interpolated or judged. */
  readonly observed?: readonly DataKey[];
}

// The 2025 catalogue's demand is taken back seven years on the model's own demand path (g_V = 5 %):
// shares do not depend on V0, only the weights of aggregate self-reliance and the cost scale do.
const YEARS_BACK = 2025 - 2018;
const DEMAND_GROWTH = 0.05;
const V0_SOURCE = judgement('the 2025 demand taken back seven years at g_V = 5 % a year');

const R0_SOURCE = judgement(
  'reading of the 2018 control regime (ZTE denial order, first Entity List wave; long-standing Wassenaar and ITAR items); the start of the historical restriction schedule',
);
const NO_GAP_TREND = judgement(
  'stable gap: no public evidence in 2018 of a gap that was closing or widening',
);
const GAP_BACK = (lag2025: number, change: string): Sourced =>
  judgement(`the 2025 value ${lag2025} plus the gap change since 2018 (${change})`);

// One row per sector, in the 2025 catalogue's order. Trends are what a planner could see in 2018, not
// hindsight: the policy jumps after 2018 must come from the historical inputs, not from the trends.
const ROWS: readonly SectorRow2018[] = [
  {
    id: 'IC',
    definition: {
      en: "Share of China's chip consumption produced in China, including foreign-owned fabs (IC Insights' definition, the one the backtest observations use).",
      zh: '中国芯片消费中在中国境内生产（含外资晶圆厂）的比例（IC Insights口径，与回测观测值一致）。',
    },
    data: { S0: 0.153, lag0: 5, r0: 0.05, dSObs: 0.0064, dLagObs: 0 },
    ranges: { S0: [0.12, 0.19], lag0: [3, 8] },
    observed: ['S0'],
    sources: {
      S0: { source: 'produced in China 15.3 % (2018), IC Insights', confidence: 'M' },
      dSObs: { source: 'IC Insights: 10.2 % (2010) → 15.3 % (2018), +0.64 points a year', confidence: 'M' },
      lag0: judgement('the 2025 value; the gap was stable over 2018–2025'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'SME',
    data: { S0: 0.115, lag0: 8, r0: 0.05, dSObs: 0.01, dLagObs: 0 },
    ranges: { S0: [0.08, 0.16], lag0: [5, 11] },
    observed: ['S0'],
    sources: {
      S0: { source: "domestic vendors' share 11.5 % (2018), ResearchInChina 2019", confidence: 'M' },
      dSObs: judgement('about +1 point a year before 2018'),
      lag0: GAP_BACK(7, 'one year closed'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'LITH',
    data: { S0: 0.005, lag0: 17, r0: 0.2, dSObs: 0, dLagObs: 0 },
    ranges: { S0: [0, 0.02], lag0: [12, 20] },
    observed: ['S0'],
    sources: {
      S0: {
        source: '≈0–1 % of the litho market throughout (Yunxiu 2021; CSET 2025): the midpoint',
        confidence: 'M',
      },
      lag0: judgement('the 2025 value; no visible change of the gap'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'ISW',
    data: { S0: 0.07, lag0: 10, r0: 0.05, dSObs: 0.005, dLagObs: 0 },
    ranges: { S0: [0.04, 0.12], lag0: [7, 20] },
    sources: {
      S0: {
        source: 'R&D-design software ~5 % (2019 white paper); EDA 11.5 % (CCID 2020); taken between the two',
        confidence: 'L',
      },
      lag0: judgement('the 2025 value'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'BSW',
    data: { S0: 0.1, lag0: 5, r0: 0.05, dSObs: 0.005, dLagObs: 0 },
    ranges: { S0: [0.03, 0.25], lag0: [3, 10] },
    sources: {
      S0: judgement('below the 2025 value; domestic PC OS a few per cent'),
      lag0: judgement('the 2025 value'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'CNC',
    data: { S0: 0.06, lag0: 12, r0: 0.15, dSObs: 0.003, dLagObs: 0 },
    ranges: { S0: [0.03, 0.12], lag0: [8, 15] },
    observed: ['S0'],
    sources: {
      S0: { source: 'high-end CNC ~6 % (MIIT equipment centre)', confidence: 'M' },
      lag0: judgement('the 2025 value'),
      r0: judgement('long-standing Wassenaar controls on five-axis machine tools, as in 2025'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'ROB',
    data: { S0: 0.342, lag0: 5.4, r0: 0.02, dSObs: 0.004, dLagObs: 0 },
    ranges: { S0: [0.28, 0.4], lag0: [3.4, 7.4] },
    sources: {
      S0: {
        source: 'domestic brands ~33 % (2015, CCID 2016) and 35 % (2020, MIIT review), interpolated to 2018',
        confidence: 'M',
      },
      dSObs: judgement('about +0.4 points a year, the 2015–2020 pace'),
      lag0: GAP_BACK(4, '0.2 years a year closed'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'SMAT',
    data: { S0: 0.1, lag0: 10, r0: 0.1, dSObs: 0.01, dLagObs: 0 },
    ranges: { S0: [0.05, 0.2], lag0: [6, 15] },
    sources: {
      S0: judgement('below the 2025 value; fab materials <10 %'),
      lag0: judgement('the 2025 value'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'AMAT',
    data: { S0: 0.29, lag0: 8.7, r0: 0.1, dSObs: 0.02, dLagObs: 0 },
    ranges: { S0: [0.22, 0.36], lag0: [6, 12] },
    observed: ['S0'],
    sources: {
      S0: {
        source:
          'carbon fibre: domestic supply ≈9 kt of ≈31 kt demand (2018), Sino-Carbon Fibre report as quoted in the press',
        confidence: 'L',
      },
      dSObs: judgement('about +2 points a year before 2018'),
      lag0: GAP_BACK(8, '0.1 years a year closed'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'AERO',
    data: { S0: 0.04, lag0: 15, r0: 0.3, dSObs: 0.002, dLagObs: 0 },
    ranges: { S0: [0.01, 0.12], lag0: [10, 20] },
    sources: {
      S0: judgement('civil aero-engines <1 %; heavy gas turbines licensed'),
      lag0: judgement('the 2025 value'),
      r0: judgement('long-standing ITAR and Wassenaar controls on aero-engine items, as in 2025'),
      dLagObs: NO_GAP_TREND,
    },
  },
  {
    id: 'INST',
    data: { S0: 0.12, lag0: 10, r0: 0.1, dSObs: 0.005, dLagObs: 0 },
    ranges: { S0: [0.05, 0.25], lag0: [6, 15] },
    sources: {
      S0: judgement('below the 2025 value; high-end medical equipment largely imported'),
      lag0: judgement('the 2025 value'),
      r0: judgement('as in 2025: few controls on instruments'),
      dLagObs: NO_GAP_TREND,
    },
  },
];

/** Per sector, the 2018 data that are observations (the charts draw them as the observed record). */
export const OBSERVED_2018: Readonly<Record<string, readonly DataKey[]>> = Object.fromEntries(
  ROWS.map((row) => [row.id, row.observed ?? []]),
);

const M0_SOURCE = judgement(
  'no sector-wide preference for domestic suppliers in 2018: state-guided procurement began in 2019–20',
);
const SAME_AS_2025 = (what: string): Sourced => judgement(`${what} as in the 2025 catalogue (structural)`);

/**
 * The eleven sectors in 2018, the base year of the backtest (backtest.md): S0, lag0 (with ranges),
 * trends, r0 and m0 = 0 from the 2018 record; κ and ρ, being structural, as in the 2025 catalogue.
 */
export const SECTORS_2018: readonly SectorDefinition[] = SECTORS_2025.map((sector2025) => {
  const row = ROWS.find((candidate) => candidate.id === sector2025.id);
  if (!row) throw new Error(`history-2018: no 2018 data for sector ${sector2025.id}`);
  const V0 = Math.round((sector2025.data.V0 / (1 + DEMAND_GROWTH) ** YEARS_BACK) * 100) / 100;
  return {
    id: sector2025.id,
    name: sector2025.name,
    definition: row.definition ?? sector2025.definition,
    data: { ...sector2025.data, ...row.data, V0, m0: 0 },
    ranges: row.ranges,
    sources: {
      S0: judgement(),
      lag0: judgement(),
      kappa: SAME_AS_2025('demand concentration'),
      r0: R0_SOURCE,
      dSObs: judgement(),
      dLagObs: NO_GAP_TREND,
      V0: V0_SOURCE,
      rho: SAME_AS_2025('R&D intensity'),
      m0: M0_SOURCE,
      ...row.sources,
    },
  };
});
