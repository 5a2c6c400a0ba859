import { z } from 'zod';
import { CATALOGUED_PARAMETER_KEYS, DATA_KEYS, type DataKey } from '../domain/parameter-keys';
import type { CatalogueDefaultInput } from '../domain/inputs';
import type { Catalogue } from './types';

// The shape of a catalogue. Relations between fields (ranges, ids, support of distributions) are
// checked in validate-catalogue.ts, where each failure can name what it conflicts with.

const text = z.string().regex(/\S/, 'must not be blank');

const localized = z.strictObject({ en: text, zh: text });

const confidence = z.enum(['H', 'M', 'L']);

const sourced = { source: text, confidence };

/** A schema with one entry per data key, so a missing or misspelt column is reported by name. */
function perDataKey<S extends z.ZodType>(schema: S): Record<DataKey, S> {
  return Object.fromEntries(DATA_KEYS.map((key) => [key, schema])) as Record<DataKey, S>;
}

const interval = z.tuple([z.number(), z.number()]);

/** Sector ids are JSON keys in scenario files and appear in messages: keep them plain. */
const sectorId = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must be letters, digits, "_" or "-"');

const distribution = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed') }),
  z.strictObject({ kind: z.literal('uniform'), min: z.number(), max: z.number() }),
  z.strictObject({ kind: z.literal('uniform-rounded'), min: z.number(), max: z.number() }),
  z.strictObject({ kind: z.literal('uniform-multiplier'), min: z.number(), max: z.number() }),
  z.strictObject({ kind: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
  z.strictObject({ kind: z.literal('discrete'), values: z.array(z.number()).min(1) }),
  z.strictObject({ kind: z.literal('lognormal-multiplier'), sigma: z.number().positive() }),
]);

const sector = z.strictObject({
  id: sectorId,
  name: localized,
  definition: localized,
  data: z.strictObject(perDataKey(z.number())),
  ranges: z.strictObject({ S0: interval, lag0: interval }),
  sources: z.strictObject(perDataKey(z.strictObject(sourced))),
});

const chokepoint = z.strictObject({
  id: z.number().int().positive(),
  name: localized,
  sector: sectorId,
  status: z.enum(['solved', 'partial', 'unsolved']),
  frontier: z.boolean(),
  offset: z.number().min(-1).max(1),
});

const parameter = z.strictObject({
  key: z.enum(CATALOGUED_PARAMETER_KEYS),
  symbol: text,
  name: localized,
  unit: localized,
  scope: z.enum(['global', 'sector']),
  default: z.number(),
  sectorDefaults: z.record(sectorId, z.number()).optional(),
  sectorSources: z.record(sectorId, z.strictObject(sourced)).optional(),
  range: z.strictObject({ min: z.number(), max: z.number() }),
  integer: z.boolean().optional(),
  distribution,
  ...sourced,
});

const dependency = z.strictObject({ buyer: sectorId, supplier: sectorId, weight: z.number(), ...sourced });

// One number per catalogue-defaulted input: a new lever is a type error here until it has its key.
const leverDefaults = z.strictObject({
  basicResearch: z.number(),
  rdTaxCut: z.number(),
  universityLinks: z.number(),
  clusters: z.number(),
  openness: z.number(),
} satisfies Record<CatalogueDefaultInput, z.ZodNumber>);

/** The structure of a `Catalogue` (zod 4 numbers are finite: NaN and ±Infinity are refused). */
export const catalogueSchema: z.ZodType<Catalogue> = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and "-"'),
  name: localized,
  baseYear: z.number().int().min(1900).max(2200),
  sectors: z.array(sector).min(1),
  chokepoints: z.array(chokepoint),
  parameters: z.array(parameter),
  dependencies: z.array(dependency),
  dependencyDistribution: distribution,
  leverDefaults,
  chokepointHysteresis: z.number(),
});
