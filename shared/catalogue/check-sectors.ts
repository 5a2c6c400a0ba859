import { INPUT_RANGES } from '../domain/inputs';
import type { DataKey } from '../domain/parameter-keys';
import { parameterDefault } from './parameter-default';
import type { Catalogue, SectorDefinition } from './types';

interface Bound {
  readonly min: number;
  readonly max: number;
  readonly what: string;
}

const DATA_BOUNDS: Partial<Record<DataKey, Bound>> = {
  S0: { min: 0, max: 1, what: 'a share' },
  r0: { ...INPUT_RANGES.restriction, what: 'a restriction level' },
  m0: { ...INPUT_RANGES.procurement, what: 'a procurement level' },
  rho: { min: 0, max: 1, what: 'an R&D intensity' },
};

const MUST_BE_POSITIVE: Partial<Record<DataKey, string>> = {
  lag0: 'the model requires lag0 > 0',
  kappa: 'demand must be spread over the technology ladder',
  V0: 'costs and learning scale with demand',
};

/**
 * Cross-checks of the sector list: unique ids, data in their physical ranges, Monte Carlo ranges that
 * contain the defaults, and data the calibration can start from (model.md §4). Messages start with
 * the path of the offending field.
 */
export function checkSectors(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const gF = catalogue.parameters.find((parameter) => parameter.key === 'gF');

  catalogue.sectors.forEach((sector, index) => {
    const at = `sectors[${index}]`;
    const earlier = seen.get(sector.id);
    if (earlier !== undefined)
      problems.push(`${at}.id: duplicate sector id "${sector.id}" (also sectors[${earlier}])`);
    else seen.set(sector.id, index);

    const { data, ranges } = sector;
    for (const [key, { min, max, what }] of Object.entries(DATA_BOUNDS) as [DataKey, Bound][]) {
      if (!(data[key] >= min && data[key] <= max)) {
        problems.push(`${at}.data.${key}: ${data[key]} must be ${what} in [${min}, ${max}]`);
      }
    }
    for (const [key, why] of Object.entries(MUST_BE_POSITIVE) as [DataKey, string][]) {
      if (!(data[key] > 0)) problems.push(`${at}.data.${key}: ${data[key]} must be above 0 (${why})`);
    }

    problems.push(...checkRange(at, sector, 'S0', { min: 0, max: 1 }));
    // Every draw of lag0 must satisfy lag0 > 0 too.
    if (ranges.lag0[0] > 0) problems.push(...checkRange(at, sector, 'lag0', { min: 0, max: Infinity }));
    else problems.push(`${at}.ranges.lag0: the lower end ${ranges.lag0[0]} must be above 0`);

    // model.md §4: self-reliance cannot exceed the demand base-year capability can serve.
    if (gF && data.lag0 > 0 && data.kappa > 0) {
      const c0 = Math.exp(-parameterDefault(gF, sector.id) * data.lag0);
      const servable = 1 - (1 - c0) ** data.kappa;
      if (data.S0 > servable) {
        problems.push(
          `${at}.data.S0: ${data.S0} exceeds D(C0) = ${servable.toFixed(4)}, the share of demand the base-year capability can serve`,
        );
      }
    }
  });
  return problems;
}

/** Problems of a Monte Carlo range `ranges[key]` of a sector and of the default it must contain. */
function checkRange(
  at: string,
  sector: SectorDefinition,
  key: 'S0' | 'lag0',
  bounds: { readonly min: number; readonly max: number },
): string[] {
  const [low, high] = sector.ranges[key];
  const value = sector.data[key];
  if (!(low <= high)) return [`${at}.ranges.${key}: lower end ${low} is above upper end ${high}`];
  if (!(low >= bounds.min && high <= bounds.max)) {
    return [`${at}.ranges.${key}: [${low}, ${high}] must lie within [${bounds.min}, ${bounds.max}]`];
  }
  // The range is the plausible span around the datum, so a datum outside it is the likelier mistake.
  if (!(value >= low && value <= high)) {
    return [`${at}.data.${key}: ${value} lies outside its range [${low}, ${high}] (ranges.${key})`];
  }
  return [];
}
