import { z } from 'zod';
import type { ApiResult } from './api-result';
import { appInfoSchema, fileTextSchema, recentFileSchema, settingsSchema } from './app-schemas';
import {
  conflictPolicySchema,
  importPreviewItemSchema,
  importReportSchema,
  mergeSideSchema,
  revisionInfoSchema,
  scenarioChoiceSchema,
  savedRevisionSchema,
  scenarioSummarySchema,
  storedScenarioSchema,
} from './library-schemas';
import {
  emptiedPackagesSchema,
  packageConflictPolicySchema,
  packageDocumentSchema,
  packagePreviewItemSchema,
  packageRevisionSchema,
  savedPackageSchema,
  storedPackageSchema,
} from './package-schemas';
import { scenarioDocumentSchema } from './scenario-document-schema';
import { comparisonViewDraftSchema, comparisonViewSchema } from './view-schemas';

const id = z.string().min(1).max(100);
const revision = z.int().min(1);
const empty = z.object({}).strict();
/** A file parsed for its preview and kept in the main process, for a while, to be imported by this token. */
const importToken = z.uuid();

/** Kinds of file the app saves; each has its extension and dialog filter. */
export const SAVE_KINDS = ['chokepoint', 'csv', 'png', 'svg', 'html', 'pdf', 'pptx', 'xlsx'] as const;

function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  availability: 'everywhere' | 'desktop' = 'everywhere',
) {
  return { input, output, availability } as const;
}

/**
 * Every operation the interface asks of the main process: its input and output schemas, and whether
 * it needs the desktop app (native dialogs, PDF). Each transport (Electron IPC, the preview's HTTP)
 * serves exactly these channels through one handler table; the page cannot tell which it is on.
 */
export const CONTRACT = {
  listScenarios: channel(
    z
      .object({
        text: z.string().max(200).optional(),
        tag: z.string().max(60).optional(),
        limit: z.int().min(1).max(10_000).optional(),
        offset: z.int().min(0).optional(),
      })
      .strict(),
    z.array(scenarioSummarySchema),
  ),
  getScenario: channel(z.object({ id }).strict(), storedScenarioSchema),
  getRevision: channel(z.object({ id, revision }).strict(), storedScenarioSchema),
  scenarioHistory: channel(z.object({ id }).strict(), z.array(revisionInfoSchema)),
  saveScenario: channel(
    z
      .object({
        scenario: scenarioDocumentSchema,
        expectedRevision: revision.optional(),
        // A new scenario made from a preset: the preset's name, shown as the scenario's origin.
        preset: z.string().max(200).optional(),
      })
      .strict(),
    savedRevisionSchema,
  ),
  renameScenario: channel(z.object({ id, name: z.string().min(1).max(200) }).strict(), savedRevisionSchema),
  setScenarioTags: channel(
    z.object({ id, tags: z.array(z.string().min(1).max(60)).max(50) }).strict(),
    savedRevisionSchema,
  ),
  restoreRevision: channel(z.object({ id, revision }).strict(), savedRevisionSchema),
  duplicateScenario: channel(
    z.object({ id, name: z.string().min(1).max(200).optional() }).strict(),
    savedRevisionSchema,
  ),
  trashScenario: channel(z.object({ id }).strict(), z.object({ deletedAt: z.string() })),
  untrashScenario: channel(z.object({ id }).strict(), z.null()),
  listTrash: channel(empty, z.array(scenarioSummarySchema)),
  emptyTrash: channel(
    z.object({ ids: z.array(id).max(10_000).optional() }).strict(),
    z.object({ removed: z.number() }),
  ),
  previewImport: channel(fileTextSchema.strict(), z.array(importPreviewItemSchema)),
  // The file parsed once: what importing it would do to its scenarios and its restriction packages, and
  // the token that imports it without sending or parsing the text again (importFile's `token`).
  previewImportFile: channel(
    fileTextSchema.strict(),
    z.object({
      token: importToken,
      scenarios: z.array(importPreviewItemSchema),
      packages: z.array(packagePreviewItemSchema),
    }),
  ),
  importFile: channel(
    fileTextSchema
      .extend({
        // The text, or the token of its preview (previewImportFile): exactly one of them.
        text: fileTextSchema.shape.text.optional(),
        token: importToken.optional(),
        onConflict: conflictPolicySchema,
        // Per-scenario decisions of the conflict dialog, by the scenario's id in the file.
        choices: z.record(id, scenarioChoiceSchema).optional(),
        prefer: mergeSideSchema.optional(),
        // Per-package decisions, by the package's id in the file (default: onConflict; merge keeps both).
        packageChoices: z.record(id, packageConflictPolicySchema).optional(),
      })
      .strict()
      .refine((input) => (input.text === undefined) !== (input.token === undefined), {
        message: 'Give the file’s text or the token of its preview, not both.',
        path: ['text'],
      }),
    importReportSchema,
  ),
  exportScenarios: channel(
    z.object({ ids: z.array(id).min(1).max(10_000).optional() }).strict(),
    z.object({ fileName: z.string(), text: z.string(), count: z.number() }),
  ),
  openScenarioFiles: channel(empty, z.array(fileTextSchema), 'desktop'),
  saveFile: channel(
    z
      .object({
        suggestedName: z.string().min(1).max(200),
        kind: z.enum(SAVE_KINDS),
        text: z.string().max(200 * 1024 * 1024),
        encoding: z.enum(['utf8', 'base64']),
      })
      .strict(),
    z.object({ path: z.string() }),
    'desktop',
  ),
  listRecentFiles: channel(empty, z.array(recentFileSchema)),
  openRecentFile: channel(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    fileTextSchema,
    'desktop',
  ),
  exportReportPdf: channel(
    z
      .object({
        suggestedName: z.string().min(1).max(200),
        // The source line printed in every page's footer (app, model, draws, seed, date).
        footer: z.string().max(500).optional(),
      })
      .strict(),
    z.object({ path: z.string() }),
    'desktop',
  ),
  getSettings: channel(empty, settingsSchema),
  updateSettings: channel(settingsSchema.partial().strict(), settingsSchema),
  getAppInfo: channel(empty, appInfoSchema),
  // Saved comparison views: which scenarios side by side, which is the reference, how they are shown.
  saveView: channel(
    z.object({ view: comparisonViewDraftSchema, expectedUpdatedAt: z.string().max(40).optional() }).strict(),
    comparisonViewSchema,
  ),
  listViews: channel(empty, z.array(comparisonViewSchema)),
  getView: channel(z.object({ id }).strict(), comparisonViewSchema),
  deleteView: channel(z.object({ id }).strict(), z.object({ deleted: z.boolean() })),
  // Restriction packages of the library (the built-in ones are the page's own): kept with history and trash.
  listPackages: channel(empty, z.array(storedPackageSchema)),
  savePackage: channel(
    z.object({ package: packageDocumentSchema, expectedRevision: revision.optional() }).strict(),
    savedPackageSchema,
  ),
  packageHistory: channel(z.object({ id }).strict(), z.array(packageRevisionSchema)),
  restorePackageRevision: channel(z.object({ id, revision }).strict(), savedPackageSchema),
  trashPackage: channel(z.object({ id }).strict(), z.object({ deletedAt: z.string() })),
  untrashPackage: channel(z.object({ id }).strict(), z.null()),
  emptyPackageTrash: channel(
    z.object({ ids: z.array(id).max(10_000).optional() }).strict(),
    emptiedPackagesSchema,
  ),
  previewImportPackages: channel(fileTextSchema.strict(), z.array(packagePreviewItemSchema)),
} as const;

export type Contract = typeof CONTRACT;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(CONTRACT) as Channel[];

export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** Outputs are read-only for the page: it renders them and sends edits back, never mutates them. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type ChannelOutput<C extends Channel> = DeepReadonly<z.output<Contract[C]['output']>>;

/** The API the page sees as `window.planner`: one function per channel, never a generic invoke. */
export type PlannerApi = {
  readonly [C in Channel]: (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>;
};

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(CONTRACT, name);
}
