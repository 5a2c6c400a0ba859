import { z } from 'zod';
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
});

export const scenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  author: z.string(),
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

export const conflictPolicySchema = z.enum(['keep-both', 'replace', 'skip']);

export const importPreviewItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['new', 'identical', 'conflict']),
});

const importedItem = z.object({ id: z.string(), name: z.string(), revision: z.number() });

export const importReportSchema = z.object({
  fileName: z.string(),
  added: z.array(importedItem),
  replaced: z.array(importedItem.extend({ previousRevision: z.number() })),
  skipped: z.array(importedItem.extend({ reason: z.enum(['identical', 'conflict']) })),
  keptBoth: z.array(importedItem.extend({ originalId: z.string() })),
  // `modelVersion`: the file's, on a 'model-version' warning (the app names it, translated).
  warnings: z.array(z.object({ kind: z.string(), message: z.string(), modelVersion: z.number().optional() })),
});

export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;
export type StoredScenario = z.infer<typeof storedScenarioSchema>;
export type SavedRevision = z.infer<typeof savedRevisionSchema>;
export type ImportPreviewItem = z.infer<typeof importPreviewItemSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
export type ConflictPolicy = z.infer<typeof conflictPolicySchema>;
