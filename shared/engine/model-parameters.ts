import type { Catalogue } from '../catalogue/types';
import type { DataKey, ScalarParameterKey } from '../domain/parameter-keys';
import { DATA_KEYS, SCALAR_PARAMETER_KEYS } from '../domain/parameter-keys';
import type { Scenario } from '../domain/scenario';
import type { ModelVersion } from './model-version';
import { MODEL_VERSION, VERSION_2_PARAMETER_KEYS } from './model-version';

/**
 * Every number the model needs for one run, one entry per sector (structure of arrays, so a Monte Carlo
 * draw can overwrite values in place). `a` and `psi` are NaN unless overridden: calibration fills them.
 */
export interface ModelParameters {
  readonly sectorIds: readonly string[];
  readonly values: Readonly<Record<ScalarParameterKey, Float64Array>>;
  readonly data: Readonly<Record<DataKey, Float64Array>>;
  /** Upstream weights ω, `omega[buyer * n + supplier]`, already multiplied by `omegaScale`. */
  readonly omega: Float64Array;
}

/** Which values the scenario overrides: a Monte Carlo draw holds them fixed (model.md §6). */
export interface OverrideMask {
  readonly values: Readonly<Record<ScalarParameterKey, Uint8Array>>;
  readonly data: Readonly<Record<DataKey, Uint8Array>>;
  readonly omega: Uint8Array;
  readonly omegaScale: number;
}

function perKey<K extends string, A>(keys: readonly K[], make: () => A): Record<K, A> {
  const out = {} as Record<K, A>;
  for (const key of keys) out[key] = make();
  return out;
}

/** A deep copy, for draws that must not disturb the resolved defaults. */
export function cloneModelParameters(source: ModelParameters): ModelParameters {
  return {
    sectorIds: source.sectorIds,
    values: perKeyFrom(SCALAR_PARAMETER_KEYS, (key) => source.values[key].slice()),
    data: perKeyFrom(DATA_KEYS, (key) => source.data[key].slice()),
    omega: source.omega.slice(),
  };
}

function perKeyFrom<K extends string, A>(keys: readonly K[], make: (key: K) => A): Record<K, A> {
  const out = {} as Record<K, A>;
  for (const key of keys) out[key] = make(key);
  return out;
}

/**
 * Resolves catalogue defaults, then the scenario's global overrides, then its per-sector overrides
 * (the more specific wins), for the catalogue's sectors in catalogue order.
 */
export function resolveModelParameters(
  catalogue: Catalogue,
  scenario: Pick<Scenario, 'sectors' | 'parameters'>,
  modelVersion: ModelVersion = MODEL_VERSION,
): { parameters: ModelParameters; overrides: OverrideMask } {
  const sectorIds = catalogue.sectors.map((sector) => sector.id);
  const n = sectorIds.length;
  const values = perKey(SCALAR_PARAMETER_KEYS, () => new Float64Array(n).fill(Number.NaN));
  const data = perKey(DATA_KEYS, () => new Float64Array(n));
  const valueMask = perKey(SCALAR_PARAMETER_KEYS, () => new Uint8Array(n));
  const dataMask = perKey(DATA_KEYS, () => new Uint8Array(n));
  const omega = new Float64Array(n * n);
  const omegaMask = new Uint8Array(n * n);

  for (const definition of catalogue.parameters) {
    for (let s = 0; s < n; s++) {
      values[definition.key][s] = definition.sectorDefaults?.[sectorIds[s]!] ?? definition.default;
    }
  }
  catalogue.sectors.forEach((sector, s) => {
    for (const key of DATA_KEYS) data[key][s] = sector.data[key];
  });
  for (const dependency of catalogue.dependencies) {
    const buyer = sectorIds.indexOf(dependency.buyer);
    const supplier = sectorIds.indexOf(dependency.supplier);
    if (buyer >= 0 && supplier >= 0) omega[buyer * n + supplier] = dependency.weight;
  }

  const global = scenario.parameters ?? {};
  for (const key of SCALAR_PARAMETER_KEYS) {
    const value = global[key];
    if (value === undefined) continue;
    values[key].fill(value);
    valueMask[key].fill(1);
  }
  sectorIds.forEach((sectorId, s) => {
    const inputs = scenario.sectors[sectorId];
    if (!inputs) return;
    for (const key of SCALAR_PARAMETER_KEYS) {
      const value = inputs.parameters?.[key];
      if (value === undefined) continue;
      values[key][s] = value;
      valueMask[key][s] = 1;
    }
    for (const key of DATA_KEYS) {
      const value = inputs.data?.[key];
      if (value === undefined) continue;
      data[key][s] = value;
      dataMask[key][s] = 1;
    }
    for (const [supplierId, weight] of Object.entries(inputs.parameters?.omega ?? {})) {
      const supplier = sectorIds.indexOf(supplierId);
      if (supplier < 0) continue;
      omega[s * n + supplier] = weight;
      omegaMask[s * n + supplier] = 1;
    }
  });
  if (modelVersion === 1) {
    // Version 1 had none of these terms: hold them at 0 (absent) in every run and every draw.
    for (const key of VERSION_2_PARAMETER_KEYS) {
      values[key].fill(0);
      valueMask[key].fill(1);
    }
  }
  const omegaScale = global.omegaScale ?? 1;
  for (let i = 0; i < omega.length; i++) omega[i] = upstreamWeight(omega[i]! * omegaScale);

  return {
    parameters: { sectorIds, values, data, omega },
    overrides: { values: valueMask, data: dataMask, omega: omegaMask, omegaScale },
  };
}

/**
 * An upstream weight as the model uses it: a share of the buyer's effort that depends on the supplier,
 * so at most 1, however far `omegaScale` or a Monte Carlo draw scales it (model.md §4). Above 1, the
 * factor 1 − ω·U of (E6) would turn negative and with it the effort: no draw could calibrate.
 */
export function upstreamWeight(scaled: number): number {
  return Math.min(1, scaled);
}
