import { demandGrowthParameter } from '../demand-growth-parameter';

/**
 * g_N over 2018–2024, the backtest's window: what the markets did, an input of the history like its
 * restriction schedules (not fitted: no observation of self-reliance is used). Sectors without a
 * market series keep the judgement default.
 */
export const DEMAND_GROWTH_2018 = demandGrowthParameter({
  IC: {
    value: 0.08,
    source:
      "judgement on IC Insights' series: China's IC market USD 131.3 bn (2019), 186.5 bn (2021), forecast 274.5 bn for 2026; the 2021–26 rate, about 8 % a year (the 2019–21 boom, 19 % a year, is not taken as the trend)",
    confidence: 'L',
  },
  SME: {
    value: 0.25,
    source:
      'SEMI, Worldwide Semiconductor Equipment Market Statistics: equipment sales in China about USD 13 bn (2018), 36 bn (2023), 49.6 bn (2024): 25 % a year over 2018–24',
    confidence: 'M',
  },
  ROB: {
    value: 0.11,
    source:
      'IFR, World Robotics: industrial-robot installations in China about 154,000 (2018), 290,258 (2022), 276,288 (2023), about 290,000 (2024): 11 % a year over 2018–24',
    confidence: 'M',
  },
  AMAT: {
    value: 0.17,
    source:
      "carbon-fibre demand in China ≈31 kt (2018, Sino-Carbon Fibre report) and ≈69 kt (2023, Lin Gang's global carbon fibre report, via CompositesWorld): 17 % a year; carbon fibre is the sector's indicator",
    confidence: 'M',
  },
});
