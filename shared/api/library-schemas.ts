import { z } from 'zod';
import { INPUT_IDS } from '../domain/inputs';
import { importedPackagesSchema } from './package-schemas';
import { scenarioDocumentSchema } from './scenario-document-schema';

/** The shapes the library returns: the store's types must stay assignable to these (checked in tests). */
export const revisionOriginSchema = z.enum([
  'save',
  'rename',
  'tag',
  'restore',
  'duplicate',
  'import',
  'seed',
]);

export const revisionProvenanceSchema = z.object({
  fileName: z.string().optional(),
  sourceAppVersion: z.string().optional(),
  exportedAt: z.string().optional(),
  originalId: z.string().optional(),
  replacedRevision: z.number().optional(),
  restoredFrom: z.number().optional(),
  lineage: z.array(z.string()).optional(),
  mergeBase: z.number().optional(),
  mergedTheirs: z.number().optional(),
});

export const scenarioOriginSchema = z.object({
  kind: z.enum(['blank', 'preset', 'duplicate', 'import', 'seed']).optional(),
  at: z.string().optional(),
  preset: z.string().optional(),
  fromId: z.string().optional(),
  fromName: z.string().optional(),
  fileName: z.string().optional(),
});

const shapeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant'), value: z.number() }),
  z.object({ kind: z.literal('step'), from: z.number(), to: z.number(), year: z.number() }),
  z.object({
    kind: z.literal('ramp'),
    from: z.number(),
    to: z.number(),
    startYear: z.number(),
    endYear: z.number(),
  }),
  z.object({
    kind: z.literal('steps'),
    from: z.number(),
    steps: z.array(z.object({ year: z.number(), value: z.number() })),
  }),
]);

const packageRefSchema = z.object({ id: z.string(), name: z.string() });

/** One change between two scenarios (shared/history/scenario-changes.ts). */
export const scenarioChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('field'),
    field: z.enum(['name', 'description', 'author', 'tags', 'display']),
    from: z.union([z.string(), z.array(z.string())]),
    to: z.union([z.string(), z.array(z.string())]),
  }),
  z.object({
    kind: z.literal('setting'),
    field: z.enum(['baseYear', 'horizon', 'seed', 'catalogue']),
    from: z.union([z.string(), z.number()]),
    to: z.union([z.string(), z.number()]),
  }),
  z.object({
    kind: z.literal('schedule'),
    input: z.enum(INPUT_IDS),
    sectors: z.array(z.string()),
    allSectors: z.boolean(),
    from: shapeSchema,
    to: shapeSchema,
  }),
  z.object({
    kind: z.enum(['data', 'parameter']),
    sector: z.string().optional(),
    key: z.string(),
    from: z.number().optional(),
    to: z.number().optional(),
  }),
  z.object({
    kind: z.literal('packages'),
    added: z.array(packageRefSchema),
    removed: z.array(packageRefSchema),
    reordered: z.boolean(),
    edited: z.array(packageRefSchema),
  }),
]);

export const revisionEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('edit') }),
  z.object({ kind: z.literal('created'), preset: z.string().optional() }),
  z.object({ kind: z.literal('duplicated'), from: z.string() }),
  z.object({ kind: z.literal('imported'), file: z.string() }),
  z.object({ kind: z.literal('replaced'), file: z.string() }),
  z.object({ kind: z.literal('restored'), revision: z.number() }),
  z.object({ kind: z.literal('merged'), file: z.string(), author: z.string() }),
  z.object({ kind: z.literal('seeded') }),
  z.object({ kind: z.literal('package-edited'), id: z.string(), name: z.string() }),
]);

export const revisionSummarySchema = z.object({
  event: revisionEventSchema,
  changes: z.array(scenarioChangeSchema),
  totalChanges: z.number(),
});

export const mergeConflictSchema = z.object({
  path: z.array(z.string()),
  base: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
});

export const scenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  author: z.string(),
  origin: scenarioOriginSchema,
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number(),
  deletedAt: z.string().nullable(),
});

export const revisionInfoSchema = z.object({
  revision: z.number(),
  savedAt: z.string(),
  appVersion: z.string(),
  origin: revisionOriginSchema,
  provenance: revisionProvenanceSchema,
  contentHash: z.string(),
  name: z.string(),
  author: z.string(),
  summary: revisionSummarySchema.nullable(),
});

export const storedScenarioSchema = revisionInfoSchema.extend({
  scenario: scenarioDocumentSchema,
  headRevision: z.number(),
  deletedAt: z.string().nullable(),
});

export const savedRevisionSchema = z.object({
  id: z.string(),
  revision: z.number(),
  savedAt: z.string(),
  contentHash: z.string(),
  scenario: scenarioDocumentSchema,
  unchanged: z.boolean(),
});

export const conflictPolicySchema = z.enum(['keep-both', 'replace', 'skip', 'merge']);
export const mergeSideSchema = z.enum(['ours', 'theirs']);

/** The user's decision for one scenario of a file: a policy, and for a merge the side of each conflicting cell. */
export const scenarioChoiceSchema = z
  .object({
    policy: conflictPolicySchema,
    resolutions: z.record(z.string().max(1000), mergeSideSchema).optional(),
  })
  .strict();

export const importPreviewItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['new', 'identical', 'conflict', 'name-clash']),
  author: z.string(),
  updatedAt: z.string(),
  library: z
    .object({
      id: z.string(),
      name: z.string(),
      author: z.string(),
      revision: z.number(),
      updatedAt: z.string(),
      inTrash: z.boolean(),
    })
    .optional(),
  changes: z.array(scenarioChangeSchema),
  merge: z.discriminatedUnion('available', [
    z.object({
      available: z.literal(true),
      baseRevision: z.number(),
      conflicts: z.array(mergeConflictSchema),
      fromTheirs: z.number(),
    }),
    z.object({
      available: z.literal(false),
      reason: z.enum(['no-lineage', 'unknown-ancestor', 'different-id']),
    }),
  ]),
});

const importedItem = z.object({ id: z.string(), name: z.string(), revision: z.number() });

export const importReportSchema = z.object({
  fileName: z.string(),
  added: z.array(importedItem.extend({ renamedFrom: z.string().optional() })),
  replaced: z.array(importedItem.extend({ previousRevision: z.number() })),
  skipped: z.array(importedItem.extend({ reason: z.enum(['identical', 'conflict']) })),
  keptBoth: z.array(importedItem.extend({ originalId: z.string() })),
  merged: z.array(
    importedItem.extend({
      baseRevision: z.number(),
      theirsRevision: z.number(),
      fromTheirs: z.number(),
      resolved: z.number(),
    }),
  ),
  unmerged: z.array(
    importedItem.extend({
      reason: z.enum(['conflicts', 'no-common-ancestor', 'invalid']),
      conflicts: z.array(mergeConflictSchema),
      message: z.string().optional(),
    }),
  ),
  // `modelVersion`: the file's, on a 'model-version' warning (the app names it, translated).
  warnings: z.array(z.object({ kind: z.string(), message: z.string(), modelVersion: z.number().optional() })),
  packages: importedPackagesSchema,
});

export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;
export type StoredScenario = z.infer<typeof storedScenarioSchema>;
export type SavedRevision = z.infer<typeof savedRevisionSchema>;
export type ImportPreviewItem = z.infer<typeof importPreviewItemSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type ConflictPolicy = z.infer<typeof conflictPolicySchema>;
export type ScenarioChoice = z.infer<typeof scenarioChoiceSchema>;
export type MergeConflictInfo = z.infer<typeof mergeConflictSchema>;
export type ScenarioChangeInfo = z.infer<typeof scenarioChangeSchema>;
export type RevisionSummaryInfo = z.infer<typeof revisionSummarySchema>;
