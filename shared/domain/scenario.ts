import type { InputId, LeverId } from './inputs';
import type { DataKey, ScalarParameterKey } from './parameter-keys';
import type { ScenarioDisplay } from './scenario-display';
import type { Schedule } from './schedule';

/** Extension keys (`x-…`) are kept and round-tripped but never interpreted. */
export type Extensions = { readonly [key: `x-${string}`]: unknown };

export type GlobalParameterOverrides = Partial<Record<ScalarParameterKey | 'omegaScale', number>>;

export type SectorParameterOverrides = Partial<Record<ScalarParameterKey, number>> & {
  /** Upstream weights this sector depends on, by supplier sector id. */
  readonly omega?: Readonly<Record<string, number>>;
};

export interface SectorInputs {
  readonly levers?: Partial<Record<LeverId, Schedule>>;
  readonly restriction?: Schedule;
  readonly data?: Partial<Record<DataKey, number>>;
  readonly parameters?: SectorParameterOverrides;
}

export interface Provenance {
  readonly id: string;
  readonly revision: number;
}

/**
 * Where an exported scenario's content comes from, so that a library that holds one of these
 * revisions can merge the file three-way: content hashes (library-independent), never revision numbers.
 */
export interface Lineage {
  /** The scenario id the revisions belong to. */
  readonly id: string;
  /** SHA-256 content hashes of the revisions this content descends from, newest first. */
  readonly revisions: readonly string[];
}

/** One scenario as stored in a `.chokepoint` file and in the library. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly author: string;
  readonly tags: readonly string[];
  /** Its colour and dash in every chart, slide and export (absent: chosen from its id, see scenario-identity). */
  readonly display?: ScenarioDisplay;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly parent?: Provenance;
  /** Only in files: written on export, read on import, never stored in a document. */
  readonly lineage?: Lineage;
  readonly baseYear: number;
  readonly horizon: number;
  readonly seed: number;
  readonly catalogue: string;
  readonly sectors: Readonly<Record<string, SectorInputs>>;
  readonly parameters?: GlobalParameterOverrides;
  /**
   * Restriction packages the scenario applies, by id, bottom to top (later ones lie on top of earlier
   * ones; the scenario's own restriction schedules lie on top of all of them).
   */
  readonly restrictionPackages?: readonly string[];
}

/** The schedule a scenario sets for one input in one sector, or undefined for the catalogue default. */
export function scenarioSchedule(scenario: Scenario, sectorId: string, input: InputId): Schedule | undefined {
  const sector = scenario.sectors[sectorId];
  if (!sector) return undefined;
  return input === 'restriction' ? sector.restriction : sector.levers?.[input];
}
