import type { CataloguedParameterKey, DataKey } from '../domain/parameter-keys';
import type { CatalogueDefaultInput } from '../domain/inputs';

/** Source quality: H primary or official statistic, M reputable secondary, L weak source or judgement. */
export type Confidence = 'H' | 'M' | 'L';

export interface LocalizedText {
  readonly en: string;
  readonly zh: string;
}

export interface Sourced {
  readonly source: string;
  readonly confidence: Confidence;
}

/** How a Monte Carlo draw varies a value (model.md §5 and §6). */
export type Distribution =
  | { readonly kind: 'fixed' }
  /** U[min,max], absolute values. */
  | { readonly kind: 'uniform'; readonly min: number; readonly max: number }
  /** U[min,max] rounded to a whole number. */
  | { readonly kind: 'uniform-rounded'; readonly min: number; readonly max: number }
  /** ×U[min,max]: a multiplier of the value. */
  | { readonly kind: 'uniform-multiplier'; readonly min: number; readonly max: number }
  /** tri(min,mode,max), absolute values. */
  | { readonly kind: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  /** One of the listed values, each equally likely. */
  | { readonly kind: 'discrete'; readonly values: readonly number[] }
  /** ×/÷ lognormal: a multiplier exp(σ·z), z standard normal. */
  | { readonly kind: 'lognormal-multiplier'; readonly sigma: number };

export interface ParameterDefinition extends Sourced {
  readonly key: CataloguedParameterKey;
  /** The symbol used in model.md (e.g. "δ", "g_F"). */
  readonly symbol: string;
  readonly name: LocalizedText;
  readonly unit: LocalizedText;
  /** 'sector': drawn independently per sector and may differ by sector. */
  readonly scope: 'global' | 'sector';
  readonly default: number;
  /** Per-sector defaults where they differ from `default`. */
  readonly sectorDefaults?: Readonly<Record<string, number>>;
  /** Source and confidence of a per-sector default that rests on evidence of its own. */
  readonly sectorSources?: Readonly<Record<string, Sourced>>;
  /** Allowed range of an override (inclusive). */
  readonly range: { readonly min: number; readonly max: number };
  /** Overrides must be whole numbers (the gestation lags count whole years). */
  readonly integer?: boolean;
  readonly distribution: Distribution;
}

/** An upstream dependency: `buyer` loses effort when `supplier` cannot be supplied (ω). */
export interface DependencyDefinition extends Sourced {
  readonly buyer: string;
  readonly supplier: string;
  readonly weight: number;
}

export interface SectorDefinition {
  readonly id: string;
  readonly name: LocalizedText;
  /** What "self-reliance" measures for this sector (definitions differ between sources). */
  readonly definition: LocalizedText;
  readonly data: Readonly<Record<DataKey, number>>;
  /** Plausible ranges the Monte Carlo draws S0 and lag0 from (triangular, mode at the default). */
  readonly ranges: { readonly S0: readonly [number, number]; readonly lag0: readonly [number, number] };
  /** Source and confidence of each datum. */
  readonly sources: Readonly<Record<DataKey, Sourced>>;
}

export type ChokepointStatus = 'solved' | 'partial' | 'unsolved';

export interface ChokepointDefinition {
  /** 1–35, the number in the Science and Technology Daily series. */
  readonly id: number;
  readonly name: LocalizedText;
  readonly sector: string;
  readonly status: ChokepointStatus;
  /** ★ frontier-of-frontier items. */
  readonly frontier: boolean;
  /** Threshold θ = C0(sector) + offset. */
  readonly offset: number;
}

/** A complete, validated catalogue the engine can run on. */
export interface Catalogue {
  readonly id: string;
  readonly name: LocalizedText;
  readonly baseYear: number;
  readonly sectors: readonly SectorDefinition[];
  readonly chokepoints: readonly ChokepointDefinition[];
  readonly parameters: readonly ParameterDefinition[];
  readonly dependencies: readonly DependencyDefinition[];
  /** Distribution of each ω weight (a multiplier). */
  readonly dependencyDistribution: Distribution;
  readonly leverDefaults: LeverDefaults;
  /** Hysteresis h_c of the chokepoint test. */
  readonly chokepointHysteresis: number;
}

/**
 * Base-year defaults of the inputs that are not sector data (procurement is `m0`, restriction `r0`):
 * one per `CatalogueDefaultInput` of shared/domain/inputs.ts, so a new lever needs its default here.
 */
export type LeverDefaults = Readonly<Record<CatalogueDefaultInput, number>>;
