import type { Catalogue } from '../catalogue/types';
import { DATA_DISTRIBUTIONS, R0_MAX } from './data-uncertainty';
import { sampleDistribution, triangularQuantile } from './distribution-sample';
import type { ModelParameters, OverrideMask } from './model-parameters';
import { upstreamWeight } from './model-parameters';
import { streamId, uniform } from './random';

/** Stream ids computed once per catalogue, so a draw does no string hashing. */
export interface DrawStreams {
  readonly parameter: readonly {
    readonly key: Catalogue['parameters'][number]['key'];
    readonly streams: Uint32Array;
  }[];
  readonly S0: Uint32Array;
  readonly lag0: Uint32Array;
  readonly dSObs: Uint32Array;
  readonly dLagObs: Uint32Array;
  readonly r0: Uint32Array;
  readonly omega: Uint32Array;
}

/**
 * Streams are named after what they vary ("param:gF:IC", "param:nu", "data:S0:IC", "omega:IC:SME"), so
 * draw i of a value is the same in every scenario and unaffected by other values being added.
 */
export function buildDrawStreams(catalogue: Catalogue): DrawStreams {
  const ids = catalogue.sectors.map((sector) => sector.id);
  const perSector = (prefix: string): Uint32Array =>
    Uint32Array.from(ids, (id) => streamId(`${prefix}:${id}`));
  return {
    parameter: catalogue.parameters.map((definition) => ({
      key: definition.key,
      streams:
        definition.scope === 'sector'
          ? perSector(`param:${definition.key}`)
          : Uint32Array.from(ids, () => streamId(`param:${definition.key}`)),
    })),
    S0: perSector('data:S0'),
    lag0: perSector('data:lag0'),
    dSObs: perSector('data:dSObs'),
    dLagObs: perSector('data:dLagObs'),
    r0: perSector('data:r0'),
    omega: Uint32Array.from(
      ids.flatMap((buyer) => ids.map((supplier) => streamId(`omega:${buyer}:${supplier}`))),
    ),
  };
}

/** Fills `into` with draw `draw` around `base` (which already holds the scenario's overrides). */
export function drawParameters(
  catalogue: Catalogue,
  streams: DrawStreams,
  base: ModelParameters,
  overrides: OverrideMask,
  seed: number,
  draw: number,
  into: ModelParameters,
): void {
  const n = base.sectorIds.length;
  catalogue.parameters.forEach((definition, p) => {
    // Look each parameter's arrays up once: keyed lookups in the sector loop dominated a draw's setup.
    const stream = streams.parameter[p]!.streams;
    const from = base.values[definition.key];
    const to = into.values[definition.key];
    const held = overrides.values[definition.key];
    for (let s = 0; s < n; s++) {
      to[s] = held[s]
        ? from[s]!
        : sampleDistribution(definition.distribution, from[s]!, uniform(seed, stream[s]!, draw));
    }
  });
  into.values.a.set(base.values.a);
  into.values.psi.set(base.values.psi);

  for (const key of ['kappa', 'V0', 'rho', 'm0'] as const) into.data[key].set(base.data[key]);
  catalogue.sectors.forEach((sector, s) => {
    const held = overrides.data;
    const S0 = base.data.S0[s]!;
    const lag0 = base.data.lag0[s]!;
    into.data.S0[s] = held.S0[s]
      ? S0
      : triangularQuantile(uniform(seed, streams.S0[s]!, draw), sector.ranges.S0[0], S0, sector.ranges.S0[1]);
    into.data.lag0[s] = held.lag0[s]
      ? lag0
      : triangularQuantile(
          uniform(seed, streams.lag0[s]!, draw),
          sector.ranges.lag0[0],
          lag0,
          sector.ranges.lag0[1],
        );
    into.data.dSObs[s] = held.dSObs[s]
      ? base.data.dSObs[s]!
      : sampleDistribution(
          DATA_DISTRIBUTIONS.dSObs,
          base.data.dSObs[s]!,
          uniform(seed, streams.dSObs[s]!, draw),
        );
    into.data.dLagObs[s] = held.dLagObs[s]
      ? base.data.dLagObs[s]!
      : sampleDistribution(
          DATA_DISTRIBUTIONS.dLagObs,
          base.data.dLagObs[s]!,
          uniform(seed, streams.dLagObs[s]!, draw),
        );
    into.data.r0[s] = held.r0[s]
      ? base.data.r0[s]!
      : Math.min(
          R0_MAX,
          sampleDistribution(DATA_DISTRIBUTIONS.r0, base.data.r0[s]!, uniform(seed, streams.r0[s]!, draw)),
        );
  });

  for (let i = 0; i < n * n; i++) {
    const weight = base.omega[i]!;
    into.omega[i] =
      overrides.omega[i] || weight === 0
        ? weight
        : upstreamWeight(
            sampleDistribution(
              catalogue.dependencyDistribution,
              weight,
              uniform(seed, streams.omega[i]!, draw),
            ),
          );
  }
}
