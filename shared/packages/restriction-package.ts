import type { Confidence, LocalizedText } from '../catalogue/types';
import type { Schedule } from '../domain/schedule';

/** What a package sets in one sector: its restriction schedule (absolute levels 0–1, from `year` on). */
export interface PackageSectorInputs {
  readonly restriction: Schedule;
}

/**
 * A restriction package: a named, dated, sourced set of per-sector restriction schedules that any
 * scenario can apply (`restrictionPackages` of a scenario, by id). The values are levels of the
 * restriction r, like a scenario's own schedules; how packages combine with each other and with a
 * scenario's own schedules is `combineRestriction` (model.md, "Restriction packages").
 */
export interface RestrictionPackage {
  readonly id: string;
  /** In the author's language. */
  readonly name: string;
  readonly description?: string;
  /** The year the package takes effect; a constant schedule holds from it, step points start at or after it. */
  readonly year: number;
  /** 1–12: where its marker stands within the year. */
  readonly month?: number;
  readonly source: string;
  readonly confidence?: Confidence;
  readonly sectors: Readonly<Record<string, PackageSectorInputs>>;
}

/** A package that ships with the app: names and descriptions in both languages, hypothetical ones labelled. */
export interface BuiltInPackage extends RestrictionPackage {
  readonly names: LocalizedText;
  /** A few words for a chart's marker, where the full name does not fit. */
  readonly shortNames: LocalizedText;
  readonly descriptions: LocalizedText;
  /** Not from the public record: a starting point for "what if", labelled so wherever it is named. */
  readonly hypothetical: boolean;
  readonly confidence: Confidence;
}

/** Finds a package by id (built-in, in the library, or defined in a file), or undefined. */
export type PackageLookup = (id: string) => RestrictionPackage | undefined;
