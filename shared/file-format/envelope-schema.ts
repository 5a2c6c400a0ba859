import { z } from 'zod';
import { keyedObject } from '../domain/keyed-object';
import { scenarioSchema, timestampSchema } from '../domain/scenario-schema';
import { PACKAGE_LIMITS } from '../packages/package-limits';
import { restrictionPackageSchema } from '../packages/package-schema';
import { FORMAT_NAME, MAX_SCENARIOS } from './constants';

/** Which program wrote the file (shown, never interpreted). */
export const createdBySchema = keyedObject(
  { app: z.string().min(1).max(100), version: z.string().min(1).max(100) },
  { extensions: false },
);

/**
 * The whole file at the current format version. `createdBy`, `exportedAt` and `sha256` are optional so
 * that hand-written and script-generated files load (the app always writes them).
 */
export const envelopeSchema = keyedObject(
  {
    format: z.literal(FORMAT_NAME),
    formatVersion: z.int().min(1),
    modelVersion: z.int().min(1),
    createdBy: createdBySchema.optional(),
    exportedAt: timestampSchema.optional(),
    scenarios: z.array(scenarioSchema).max(MAX_SCENARIOS),
    /** The non-built-in restriction packages the scenarios apply, so that the file runs the same anywhere. */
    restrictionPackages: z.array(restrictionPackageSchema).max(PACKAGE_LIMITS.perFile).optional(),
    sha256: z.string().max(128).optional(),
  },
  { extensions: true },
);

export type Envelope = z.output<typeof envelopeSchema>;
