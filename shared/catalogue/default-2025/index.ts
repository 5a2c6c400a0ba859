import type { Catalogue } from '../types';
import { CHOKEPOINTS_2025 } from './chokepoints';
import { DEPENDENCIES_2025, DEPENDENCY_DISTRIBUTION_2025 } from './dependencies';
import { PARAMETERS_2025 } from './parameters';
import { SECTORS_2025 } from './sectors';

/**
 * The built-in catalogue (data.md and model.md §5, base year 2025). Unvalidated here: use it through
 * `shared/catalogue` (index.ts), which validates it when the module loads.
 */
export const DEFAULT_CATALOGUE_2025: Catalogue = {
  id: 'default-2025',
  name: { en: 'Default catalogue (base year 2025)', zh: '默认目录（基年2025）' },
  baseYear: 2025,
  sectors: SECTORS_2025,
  chokepoints: CHOKEPOINTS_2025,
  parameters: PARAMETERS_2025,
  dependencies: DEPENDENCIES_2025,
  dependencyDistribution: DEPENDENCY_DISTRIBUTION_2025,
  leverDefaults: { basicResearch: 1, rdTaxCut: 0, universityLinks: 0.5, clusters: 0.5, openness: 0.6 },
  chokepointHysteresis: 0.01,
};
