import { err, ok, type Result } from '../result';
import { DEFAULT_CATALOGUE_2025 } from './default-2025';
import { deepFreeze } from './deep-freeze';
import { HISTORY_CATALOGUE_2018 } from './history-2018';
import type { Catalogue } from './types';
import { validateCatalogue } from './validate-catalogue';

export type * from './types';
export { validateCatalogue, formatPath } from './validate-catalogue';
export { parameterDefault } from './parameter-default';
export { offsetsByRule } from './chokepoint-offset-rule';
export { distributionSupport } from './distribution-support';
export { PRESETS, PRESET_INFO, PRESET_NAMES_ZH, getPreset, presetSlug, type PresetInfo } from './presets';

/** Id of the catalogue new scenarios start from. */
export const DEFAULT_CATALOGUE_ID = DEFAULT_CATALOGUE_2025.id;

/**
 * Validates built-in data when the module loads. A broken built-in catalogue is a programming error,
 * not bad user input, so it throws at once with every problem rather than surfacing later as odd results.
 */
function builtIn(candidate: Catalogue): Catalogue {
  const result = validateCatalogue(candidate);
  if (!result.ok) {
    throw new Error(
      `Built-in catalogue "${candidate.id}" is invalid:\n${result.error.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  return deepFreeze(result.value);
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
