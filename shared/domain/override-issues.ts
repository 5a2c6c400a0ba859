import type { Catalogue } from '../catalogue/types';
import { closestKey } from './closest-key';
import type { DataKey } from './parameter-keys';
import { CALIBRATED_PARAMETER_KEYS, OMEGA_SCALE_KEY } from './parameter-keys';
import type { GlobalParameterOverrides, SectorParameterOverrides } from './scenario';
import type { JsonPath, ScenarioIssue } from './scenario-issue';

export interface Bounds {
  readonly min: number;
  readonly max: number;
  /** The minimum itself is not allowed (a quantity that must be positive). */
  readonly minExclusive?: boolean;
}

function boundsIssue(value: number, bounds: Bounds, what: string, path: JsonPath): ScenarioIssue[] {
  const low = bounds.minExclusive ? value <= bounds.min : value < bounds.min;
  if (!low && value <= bounds.max) return [];
  const range =
    bounds.max === Infinity
      ? `a number ${bounds.minExclusive ? '>' : '≥'} ${bounds.min}`
      : `a value from ${bounds.min} to ${bounds.max}`;
  return [{ path, message: `expected ${range} (${what}), found ${value}` }];
}

const SHARE: Bounds = { min: 0, max: 1 };
/**
 * Data overrides must make sense as data: shares are shares; lags, market sizes and concentration
 * positive and of a plausible magnitude, trends bounded. The magnitudes are generous for any real sector
 * and keep the calibration's arithmetic away from overflow and underflow (`V0 = 5e-324` would calibrate
 * to NaN, `lag0 = 1e300` to an infinite productivity), so a scenario that validates always runs.
 */
export const DATA_BOUNDS: Readonly<Record<DataKey, Bounds>> = {
  S0: SHARE,
  r0: SHARE,
  m0: SHARE,
  rho: SHARE,
  lag0: { min: 0.01, max: 100 },
  V0: { min: 0.001, max: 1_000_000 },
  kappa: { min: 0.01, max: 100 },
  dSObs: { min: -1, max: 1 },
  dLagObs: { min: -10, max: 10 },
};

export function dataIssues(
  data: Readonly<Partial<Record<DataKey, number>>>,
  path: JsonPath,
): ScenarioIssue[] {
  return Object.entries(data).flatMap(([key, value]) => {
    const bounds = DATA_BOUNDS[key as DataKey];
    return bounds && value !== undefined
      ? boundsIssue(value, bounds, `sector data ${key}`, [...path, key])
      : [];
  });
}

/**
 * Parameters without a catalogue range: calibrated ones (`a`, `psi`, a few units at most when
 * calibrated) and the ω scale; bounded far above any sensible value, so overflow never reaches the run.
 */
const UNCATALOGUED_BOUNDS: Readonly<Record<string, Bounds>> = {
  ...Object.fromEntries(CALIBRATED_PARAMETER_KEYS.map((key) => [key, { min: 0, max: 1000 }])),
  [OMEGA_SCALE_KEY]: { min: 0, max: 10 },
};

function parameterBounds(catalogue: Catalogue, key: string): Bounds | undefined {
  return UNCATALOGUED_BOUNDS[key] ?? catalogue.parameters.find((parameter) => parameter.key === key)?.range;
}

function omegaIssues(
  omega: Readonly<Record<string, number>>,
  catalogue: Catalogue,
  path: JsonPath,
): ScenarioIssue[] {
  const sectorIds = catalogue.sectors.map((sector) => sector.id);
  return Object.entries(omega).flatMap(([supplier, weight]) => {
    if (!sectorIds.includes(supplier)) return [unknownSectorIssue(supplier, catalogue, [...path, supplier])];
    return boundsIssue(weight, SHARE, `an upstream weight ω`, [...path, supplier]);
  });
}

/**
 * Problems of parameter overrides (global or per sector): each inside the catalogue parameter's range;
 * `a`, `psi` and `omegaScale` not negative; ω weights in [0, 1] and naming catalogue sectors. A parameter
 * the catalogue does not define has no range to check against and is left to the engine.
 */
export function parameterIssues(
  parameters: GlobalParameterOverrides | SectorParameterOverrides,
  catalogue: Catalogue,
  path: JsonPath,
): ScenarioIssue[] {
  return Object.entries(parameters).flatMap(([key, value]: [string, unknown]) => {
    if (key === 'omega')
      return omegaIssues(value as Readonly<Record<string, number>>, catalogue, [...path, key]);
    const bounds = parameterBounds(catalogue, key);
    if (bounds === undefined || typeof value !== 'number') return [];
    if (!Number.isInteger(value) && catalogue.parameters.find((p) => p.key === key)?.integer) {
      return [
        {
          path: [...path, key],
          message: `expected a whole number (parameter ${key} counts whole years), found ${value}`,
        },
      ];
    }
    const what = UNCATALOGUED_BOUNDS[key]
      ? `parameter ${key}`
      : `the range of parameter ${key} in catalogue "${catalogue.id}"`;
    return boundsIssue(value, bounds, what, [...path, key]);
  });
}

/** A sector id the catalogue does not have, with the likely intended one when there is one. */
export function unknownSectorIssue(sectorId: string, catalogue: Catalogue, path: JsonPath): ScenarioIssue {
  const ids = catalogue.sectors.map((sector) => sector.id);
  const suggestion = closestKey(sectorId, ids);
  const hint =
    suggestion === undefined ? `expected one of ${ids.join(', ')}` : `did you mean "${suggestion}"?`;
  return { path, message: `unknown sector "${sectorId}" in catalogue "${catalogue.id}"; ${hint}` };
}
