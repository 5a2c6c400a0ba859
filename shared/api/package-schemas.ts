import { z } from 'zod';
import { restrictionPackageSchema } from '../packages/package-schema';
import type { RestrictionPackage } from '../packages/restriction-package';

/** The package schema, typed as the packages module's `RestrictionPackage` (as scenario documents are). */
export const packageDocumentSchema = restrictionPackageSchema as unknown as z.ZodType<
  RestrictionPackage,
  RestrictionPackage
>;

export const packageUserSchema = z.object({ id: z.string(), name: z.string(), inTrash: z.boolean() });

/** A library package at its head revision, with the scenarios that apply it (services/store/package-types.ts). */
export const storedPackageSchema = z.object({
  package: packageDocumentSchema,
  revision: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  usedBy: z.array(packageUserSchema),
});

export const packageRevisionSchema = z.object({
  revision: z.number(),
  savedAt: z.string(),
  author: z.string(),
  origin: z.enum(['save', 'import', 'replace', 'restore']),
  fileName: z.string().optional(),
  restoredFrom: z.number().optional(),
  package: packageDocumentSchema,
});

export const savedPackageSchema = z.object({
  package: packageDocumentSchema,
  revision: z.number(),
  unchanged: z.boolean(),
  recordedIn: z.array(packageUserSchema),
});

export const packageConflictPolicySchema = z.enum(['keep-both', 'replace', 'skip']);

export const packagePreviewItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['new', 'identical', 'conflict']),
  library: z
    .object({
      name: z.string(),
      revision: z.number(),
      inTrash: z.boolean(),
      usedBy: z.array(packageUserSchema),
    })
    .optional(),
});

const named = z.object({ id: z.string(), name: z.string() });

/** What became of a file's packages on import (services/store/import-packages.ts). */
export const importedPackagesSchema = z.object({
  added: z.array(named),
  replaced: z.array(named.extend({ previousRevision: z.number(), recordedIn: z.array(packageUserSchema) })),
  skipped: z.array(named.extend({ reason: z.enum(['identical', 'conflict']) })),
  keptBoth: z.array(named.extend({ originalId: z.string() })),
});

export const emptiedPackagesSchema = z.object({
  removed: z.number(),
  kept: z.array(named.extend({ usedBy: z.array(packageUserSchema) })),
});
