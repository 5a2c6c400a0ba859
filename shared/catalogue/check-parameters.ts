import { CATALOGUED_PARAMETER_KEYS } from '../domain/parameter-keys';
import { distributionShapeProblem, distributionSupport, isMultiplier } from './distribution-support';
import type { Catalogue, Distribution, ParameterDefinition } from './types';

/**
 * Cross-checks of the parameter list: every catalogued key exactly once, defaults inside the allowed
 * range, and every Monte Carlo draw inside it too, so an override range never refuses a value the
 * catalogue itself can draw. Returns messages prefixed with the path of the offending field.
 */
export function checkParameters(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const sectorIds = new Set(catalogue.sectors.map((sector) => sector.id));
  const firstIndex = new Map<string, number>();

  catalogue.parameters.forEach((parameter, index) => {
    const at = `parameters[${index}]`;
    const earlier = firstIndex.get(parameter.key);
    if (earlier !== undefined) {
      problems.push(`${at}.key: duplicate parameter "${parameter.key}" (also parameters[${earlier}])`);
    } else {
      firstIndex.set(parameter.key, index);
    }
    problems.push(...checkParameter(parameter, at, sectorIds));
  });

  for (const key of CATALOGUED_PARAMETER_KEYS) {
    if (!firstIndex.has(key)) problems.push(`parameters: missing parameter "${key}"`);
  }
  return problems;
}

function checkParameter(
  parameter: ParameterDefinition,
  at: string,
  sectorIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const { range } = parameter;
  if (!(range.min <= range.max)) {
    return [`${at}.range: min ${range.min} is above max ${range.max}`];
  }

  // Every default the catalogue gives, with the path it lives at.
  const defaults: [string, number][] = [[`${at}.default`, parameter.default]];
  if (parameter.sectorDefaults) {
    if (parameter.scope !== 'sector') {
      problems.push(`${at}.sectorDefaults: only a parameter with scope "sector" may differ by sector`);
    }
    for (const [sectorId, value] of Object.entries(parameter.sectorDefaults)) {
      const path = `${at}.sectorDefaults.${sectorId}`;
      if (!sectorIds.has(sectorId)) problems.push(`${path}: unknown sector "${sectorId}"`);
      defaults.push([path, value]);
    }
  }

  for (const sectorId of Object.keys(parameter.sectorSources ?? {})) {
    if (parameter.sectorDefaults?.[sectorId] === undefined)
      problems.push(`${at}.sectorSources.${sectorId}: a source for a sector default that is not given`);
  }

  for (const [path, value] of defaults) {
    if (!inside(value, range.min, range.max)) {
      problems.push(`${path}: ${value} lies outside the allowed range [${range.min}, ${range.max}]`);
    }
    if (parameter.integer && !Number.isInteger(value))
      problems.push(`${path}: ${value} must be a whole number`);
  }
  if (parameter.integer && !(Number.isInteger(range.min) && Number.isInteger(range.max))) {
    problems.push(`${at}.range: bounds of a whole-number parameter must be whole numbers`);
  }

  problems.push(...checkDistribution(parameter, defaults, `${at}.distribution`));
  return problems;
}

function checkDistribution(
  parameter: ParameterDefinition,
  defaults: readonly (readonly [string, number])[],
  at: string,
): string[] {
  const { distribution, range } = parameter;
  const shapeProblem = distributionShapeProblem(distribution);
  if (shapeProblem) return [`${at}: ${shapeProblem}`];

  // A fixed value is the default itself, already checked against the range.
  if (distribution.kind === 'fixed') return [];

  const problems: string[] = [];
  if (parameter.integer && !drawsWholeNumbers(distribution)) {
    problems.push(`${at}: a whole-number parameter needs a fixed, discrete or rounded distribution`);
  }
  for (const [path, value] of defaults) {
    const [low, high] = distributionSupport(distribution, value);
    if (!inside(low, range.min, range.max) || !inside(high, range.min, range.max)) {
      const which = isMultiplier(distribution) ? ` for the default ${value} (${path})` : '';
      problems.push(
        `${at}: draws span [${round(low)}, ${round(high)}]${which}, outside the allowed range [${range.min}, ${range.max}]`,
      );
      // Absolute distributions give the same span for every default: one message is enough.
      if (!isMultiplier(distribution)) break;
    }
    // An absolute distribution that cannot draw the default is almost surely a typo.
    if (!isMultiplier(distribution) && !inside(value, low, high)) {
      problems.push(`${path}: ${value} lies outside the distribution's span [${low}, ${high}]`);
    }
  }
  return problems;
}

function drawsWholeNumbers(distribution: Distribution): boolean {
  switch (distribution.kind) {
    case 'uniform-rounded':
      return true;
    case 'discrete':
      return distribution.values.every(Number.isInteger);
    default:
      return false;
  }
}

// Products such as 0.3 × 1.5 carry rounding error; a bound met to 1e-12 is met.
const TOLERANCE = 1e-12;

function inside(value: number, min: number, max: number): boolean {
  return value >= min - TOLERANCE && value <= max + TOLERANCE;
}

function round(value: number): number {
  return Number(value.toPrecision(6));
}
