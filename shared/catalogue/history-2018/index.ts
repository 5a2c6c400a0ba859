import { DEFAULT_CATALOGUE_2025 } from '../default-2025';
import type { Catalogue } from '../types';
import { CHOKEPOINTS_2018 } from './chokepoints';
import { DEMAND_GROWTH_2018 } from './demand-growth';
import { SECTORS_2018 } from './sectors';

/**
 * The historical catalogue (base year 2018) the backtest starts from (backtest.md). A catalogue of its
 * own rather than scenario overrides, so that a Monte Carlo draw varies the 2018 data within their
 * ranges. Parameters, dependencies and lever defaults are the 2025 catalogue's: they describe how the
 * economy responds, which the backtest tests, not the state it was in; except the demand growth g_N,
 * which is market data: its sectors take their 2018–2024 growth. Unvalidated here: use it
 * through `shared/catalogue` (index.ts), which validates it when the module loads.
 */
export const HISTORY_CATALOGUE_2018: Catalogue = {
  id: 'history-2018',
  name: {
    en: 'Historical catalogue (base year 2018, for the backtest)',
    zh: '历史目录（基年2018，用于回测）',
  },
  baseYear: 2018,
  sectors: SECTORS_2018,
  chokepoints: CHOKEPOINTS_2018,
  parameters: DEFAULT_CATALOGUE_2025.parameters.map((parameter) =>
    parameter.key === DEMAND_GROWTH_2018.key ? DEMAND_GROWTH_2018 : parameter,
  ),
  dependencies: DEFAULT_CATALOGUE_2025.dependencies,
  dependencyDistribution: DEFAULT_CATALOGUE_2025.dependencyDistribution,
  leverDefaults: DEFAULT_CATALOGUE_2025.leverDefaults,
  chokepointHysteresis: DEFAULT_CATALOGUE_2025.chokepointHysteresis,
};
