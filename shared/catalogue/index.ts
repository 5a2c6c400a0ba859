import { err, ok, type Result } from '../result';
import { DEFAULT_CATALOGUE_2025 } from './default-2025';
import { deepFreeze } from './deep-freeze';
import { HISTORY_CATALOGUE_2018 } from './history-2018';
import type { Catalogue } from './types';

export type * from './types';
export { parameterDefault } from './parameter-default';
export { offsetsByRule } from './chokepoint-offset-rule';
export { distributionSupport } from './distribution-support';
export { displayDescription, displayName, shownScenario } from './preset-display';
export { PRESETS, PRESET_INFO, PRESET_NAMES_ZH, getPreset, presetSlug, type PresetInfo } from './presets';

/** Id of the catalogue new scenarios start from. */
export const DEFAULT_CATALOGUE_ID = DEFAULT_CATALOGUE_2025.id;

/**
 * Built-in data is code: `index.test.ts` validates every built-in catalogue (structure and the engine's
 * relations, validate-catalogue.ts) and checks that validation leaves it unchanged, so a broken one never
 * ships. Validating it again on every launch cost about 100 ms of the app's start (the zod schema is built
 * and walked), before the first chart could be drawn. Frozen, so no run can change another run's defaults.
 */
function builtIn(candidate: Catalogue): Catalogue {
  return deepFreeze(candidate);
}

/** The validated catalogues built into the app: the default, then the historical one of the backtest. */
export const CATALOGUES: readonly Catalogue[] = Object.freeze([
  builtIn(DEFAULT_CATALOGUE_2025),
  builtIn(HISTORY_CATALOGUE_2018),
]);

/** A built-in catalogue by id, or undefined when there is none. */
export function getCatalogue(id: string): Catalogue | undefined {
  return CATALOGUES.find((catalogue) => catalogue.id === id);
}

/** A built-in catalogue by id, or a message naming the known ids (for files that name an unknown one). */
export function loadCatalogue(id: string): Result<Catalogue, string> {
  const catalogue = getCatalogue(id);
  if (catalogue) return ok(catalogue);
  const known = CATALOGUES.map((entry) => `"${entry.id}"`).join(', ');
  return err(`unknown catalogue "${id}" (built-in: ${known})`);
}
