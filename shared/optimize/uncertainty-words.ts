import { DRAWN_DATA_NAMES } from '../catalogue/drawn-data-names';
import type { Catalogue } from '../catalogue/types';

/** An uncertain value as the plan finder names it (a failure driver or a ranked value). */
export interface UncertaintyId {
  readonly key: string;
  readonly kind: 'parameter' | 'data' | 'omega';
  readonly sector?: string;
  readonly supplier?: string;
}

/** Its words in one language: name, symbol and unit (ω has no unit), and the sectors it belongs to. */
export interface UncertaintyWords {
  readonly name: string;
  readonly symbol: string;
  readonly unit?: string;
  /** The sector's name (for ω, the buyer's). */
  readonly sector?: string;
  /** For ω: the supplier's name. */
  readonly supplier?: string;
}

/**
 * The words of an uncertain value from the catalogue (parameters) and the drawn data's names, so the
 * command line and the app name it alike: never a key without its name.
 */
export function uncertaintyWords(
  value: UncertaintyId,
  catalogue: Catalogue,
  language: 'en' | 'zh',
): UncertaintyWords {
  const sectorName = (id: string | undefined) =>
    id === undefined
      ? undefined
      : (catalogue.sectors.find((sector) => sector.id === id)?.name[language] ?? id);
  const where = {
    ...(value.sector !== undefined ? { sector: sectorName(value.sector)! } : {}),
    ...(value.supplier !== undefined ? { supplier: sectorName(value.supplier)! } : {}),
  };
  if (value.kind === 'omega')
    return { name: language === 'zh' ? '上游依赖权重' : 'dependence on a supplier', symbol: 'ω', ...where };
  const named =
    value.kind === 'data'
      ? DRAWN_DATA_NAMES[value.key]
      : catalogue.parameters.find((parameter) => parameter.key === value.key);
  if (!named) return { name: value.key, symbol: value.key, ...where };
  return { name: named.name[language], symbol: named.symbol, unit: named.unit[language], ...where };
}
