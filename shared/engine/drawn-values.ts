import { buildDrawStreams, drawParameters } from './draw-parameters';
import { cloneModelParameters } from './model-parameters';
import type { PreparedScenario } from './prepare-scenario';

/** One uncertain value a Monte Carlo draw varies: a parameter, a sector datum or an upstream weight ω. */
export interface DrawnColumn {
  /** Parameter key ("nu", "gF"), data key ("lag0", "S0") or "omega". */
  readonly key: string;
  readonly kind: 'parameter' | 'data' | 'omega';
  /** The sector it is drawn in; absent for a global parameter. For ω, the buyer. */
  readonly sector?: string;
  /** For ω: the supplier the buyer depends on. */
  readonly supplier?: string;
  /** Draw d's value is `values[d − from]`. */
  readonly values: Float64Array;
}

export interface DrawnValues {
  readonly from: number;
  readonly to: number;
  readonly columns: readonly DrawnColumn[];
}

const DATA_KEYS_DRAWN = ['S0', 'lag0', 'dSObs', 'dLagObs', 'r0'] as const;

/**
 * The values draws `from … to − 1` of a Monte Carlo run take, exactly as `collectDraws` runs them (the
 * same streams, so the same numbers): what scenario discovery reads to say which uncertainties decide
 * an outcome. Values the scenario holds fixed, and ω weights of 0, do not vary and are left out.
 */
export function drawnValues(prepared: PreparedScenario, seed: number, from: number, to: number): DrawnValues {
  const { catalogue, parameters: base, overrides } = prepared;
  const streams = buildDrawStreams(catalogue);
  const workspace = cloneModelParameters(base);
  const ids = base.sectorIds;
  const n = ids.length;
  const count = Math.max(0, to - from);
  const columns: (DrawnColumn & { readonly read: () => number })[] = [];
  for (const definition of catalogue.parameters) {
    if (definition.distribution.kind === 'fixed') continue;
    const key = definition.key;
    const held = overrides.values[key];
    const sectors = definition.scope === 'global' ? [0] : ids.map((_, s) => s);
    for (const s of sectors) {
      if (held[s]) continue;
      columns.push({
        key,
        kind: 'parameter',
        ...(definition.scope === 'sector' ? { sector: ids[s]! } : {}),
        values: new Float64Array(count),
        read: () => workspace.values[key][s]!,
      });
    }
  }
  for (const key of DATA_KEYS_DRAWN) {
    ids.forEach((sector, s) => {
      if (overrides.data[key][s]) return;
      columns.push({
        key,
        kind: 'data',
        sector,
        values: new Float64Array(count),
        read: () => workspace.data[key][s]!,
      });
    });
  }
  for (let buyer = 0; buyer < n; buyer++) {
    for (let supplier = 0; supplier < n; supplier++) {
      const i = buyer * n + supplier;
      if (overrides.omega[i] || base.omega[i] === 0) continue;
      columns.push({
        key: 'omega',
        kind: 'omega',
        sector: ids[buyer]!,
        supplier: ids[supplier]!,
        values: new Float64Array(count),
        read: () => workspace.omega[i]!,
      });
    }
  }
  for (let d = from; d < to; d++) {
    drawParameters(catalogue, streams, base, overrides, seed, d, workspace);
    for (const column of columns) column.values[d - from] = column.read();
  }
  return { from, to, columns: columns.map(({ read: _read, ...column }) => column) };
}
