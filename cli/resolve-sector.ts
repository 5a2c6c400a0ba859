import type { Catalogue } from '../shared/catalogue/types';
import { closestKey } from '../shared/domain/closest-key';
import { UsageError } from './parse-options';

/**
 * The catalogue sector a `--sector` value names, ignoring case (`ic` is IC); an unknown one is a usage
 * error that suggests the likely one and lists them all.
 */
export function resolveSectorId(text: string, catalogue: Catalogue): string {
  const ids = catalogue.sectors.map((sector) => sector.id);
  const match = ids.find((id) => id.toLowerCase() === text.toLowerCase());
  if (match) return match;
  const suggestion = closestKey(text, ids);
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  throw new UsageError(`unknown sector "${text}"${hint}; sectors: ${ids.join(', ')}`);
}
