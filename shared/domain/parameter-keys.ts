/**
 * Parameter keys of the model (camelCase of model.md §5). Part of the file format: never rename.
 * `a` and `psi` have no default: they override the calibrated values.
 */
export const SCALAR_PARAMETER_KEYS = [
  'delta',
  'lagR',
  'lagB',
  'eta',
  'lambda',
  'relabel',
  'gamma',
  'basicShare',
  'phi',
  'muU',
  'gR',
  'beta',
  'nu',
  'gF',
  'sPsi',
  'h',
  'muA',
  'muK',
  'tK',
  'kappaCat',
  'tCat',
  'kappaFin',
  'leakage',
  'tStock',
  'lambdaSec',
  'lambdaM',
  'lambdaP',
  'chi',
  'p',
  'q',
  'pF',
  'd',
  'learningRate',
  'pricePremium',
  'gV',
  'M',
  'cU',
  'cK',
  // Model version 2 (docs/model.md §3, E8 and E10): off (0) under model version 1.
  'muM',
  'gNew',
  'zeta',
  'a',
  'psi',
] as const;

export type ScalarParameterKey = (typeof SCALAR_PARAMETER_KEYS)[number];

/** Parameters the engine calibrates; a scenario may override them but the catalogue has no default. */
export const CALIBRATED_PARAMETER_KEYS = ['a', 'psi'] as const satisfies readonly ScalarParameterKey[];

export type CalibratedParameterKey = (typeof CALIBRATED_PARAMETER_KEYS)[number];

export type CataloguedParameterKey = Exclude<ScalarParameterKey, CalibratedParameterKey>;

export const CATALOGUED_PARAMETER_KEYS = SCALAR_PARAMETER_KEYS.filter(
  (key): key is CataloguedParameterKey => !(CALIBRATED_PARAMETER_KEYS as readonly string[]).includes(key),
);

/** Per-sector map of upstream dependency weights (ω). */
export const OMEGA_KEY = 'omega';
/** Global multiplier of every ω weight. */
export const OMEGA_SCALE_KEY = 'omegaScale';

/** Sector data keys a scenario may override (the columns of data.md). */
export const DATA_KEYS = ['S0', 'lag0', 'kappa', 'r0', 'dSObs', 'dLagObs', 'V0', 'rho', 'm0'] as const;

export type DataKey = (typeof DATA_KEYS)[number];

export function isScalarParameterKey(key: string): key is ScalarParameterKey {
  return (SCALAR_PARAMETER_KEYS as readonly string[]).includes(key);
}
