import { INPUT_RANGES } from '../domain/inputs';
import { parameterDefault } from './parameter-default';
import type { Catalogue } from './types';

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
    const bound = (key: keyof typeof data, min: number, max: number, why: string) => {
      if (!(data[key] >= min && data[key] <= max)) problems.push(`${at}.data.${key}: ${data[key]} ${why}`);
    };
    bound('S0', 0, 1, 'must be a share in [0, 1]');
    bound(
      'r0',
      INPUT_RANGES.restriction.min,
      INPUT_RANGES.restriction.max,
      'must be a restriction level in [0, 1]',
    );
    bound(
      'm0',
      INPUT_RANGES.procurement.min,
      INPUT_RANGES.procurement.max,
      'must be a procurement level in [0, 1]',
    );
    bound('rho', 0, 1, 'must be an R&D intensity in [0, 1]');
    // C0 = exp(−g_F·lag0) must lie below 1, demand must be concentrated somewhere, money must flow.
    if (!(data.lag0 > 0))
      problems.push(`${at}.data.lag0: ${data.lag0} must be above 0 (the model requires lag0 > 0)`);
    if (!(data.kappa > 0)) problems.push(`${at}.data.kappa: ${data.kappa} must be above 0`);
    if (!(data.V0 > 0)) problems.push(`${at}.data.V0: ${data.V0} must be above 0`);

    problems.push(...checkInterval(`${at}.ranges.S0`, ranges.S0, 'S0', data.S0, 0, 1));
    problems.push(...checkInterval(`${at}.ranges.lag0`, ranges.lag0, 'lag0', data.lag0, 0, Infinity));
    if (!(ranges.lag0[0] > 0)) problems.push(`${at}.ranges.lag0: the lower end must be above 0`);

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

function checkInterval(
  at: string,
  [low, high]: readonly [number, number],
  key: string,
  value: number,
  min: number,
  max: number,
): string[] {
  if (!(low <= high)) return [`${at}: lower end ${low} is above upper end ${high}`];
  if (low < min || high > max) return [`${at}: [${low}, ${high}] must lie within [${min}, ${max}]`];
  if (value < low || value > high) return [`${at}: [${low}, ${high}] does not contain ${key} = ${value}`];
  return [];
}
