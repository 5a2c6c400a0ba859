import { demandGrowthParameter } from '../demand-growth-parameter';

/**
 * g_N from 2025 on: forward market growth where a source gives one (docs/model.md §9). Sectors without
 * a market series keep the judgement default.
 */
export const DEMAND_GROWTH_2025 = demandGrowthParameter({
  IC: {
    value: 0.08,
    source:
      "IC Insights: China's IC market USD 186.5 bn (2021), forecast 274.5 bn for 2026 (China-based production 58.2 bn at 21.2 %): about 8 % a year",
    confidence: 'M',
  },
  SME: {
    value: 0.1,
    source:
      "judgement between SEMI's figures: China's fab capacity +14 % in 2025 (World Fab Forecast) and China's equipment spending expected to fall back from its 2024 record of USD 49.6 bn",
    confidence: 'L',
  },
  ROB: {
    value: 0.075,
    source:
      'IFR, World Robotics 2024: 5–10 % average annual growth of installations in China expected until 2027 (276,288 installed in 2023); the midpoint',
    confidence: 'M',
  },
});
