import type { ApiError, ApiErrorCode, ApiResult } from '../../shared/api/api-result';
import type { Settings } from '../../shared/api/app-schemas';
import { DEFAULT_SETTINGS } from '../../shared/api/settings-values';
import type { ChannelOutput, PlannerApi } from '../../shared/api/contract';
import type { RevisionInfo, ScenarioSummary } from '../../shared/api/library-schemas';
import type { ComparisonView } from '../../shared/api/view-schemas';
import { comparisonViewDraftSchema } from '../../shared/api/view-schemas';
import { PRESETS } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { validateScenario } from '../../shared/domain/validate-scenario';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import {
  canonicalJson,
  FORMAT_VERSION,
  parseScenarioFile,
  refusedFileError,
  scenarioContentHash,
  serializeScenarioFile,
} from '../../shared/file-format';
import { builtInCatalogues } from '../../shared/catalogue/catalogue-lookup';
import { isBuiltInPackageId, packageLookup } from '../../shared/packages/built-in-packages';
import { KNOWN_SECTOR_IDS } from '../../shared/packages/known-sectors';
import { validatePackage } from '../../shared/packages/package-issues';
import { packageReferenceIssues } from '../../shared/packages/package-references';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';

type Revision = RevisionInfo & { readonly scenario: Scenario };
interface Entry {
  revisions: Revision[];
  deletedAt: string | null;
}

export interface FakeOptions {
  /** Scenarios already in the library (default: the five presets). */
  readonly scenarios?: readonly Scenario[];
  /** Desktop-only operations answer `not-available` unless this is set. */
  readonly desktop?: boolean;
  readonly now?: () => Date;
}

export interface FakePlannerApi extends PlannerApi {
  /** Channel names in call order, for assertions. */
  readonly calls: string[];
  /** The head document of a scenario, as stored. */
  head(id: string): Scenario | undefined;
  /** Makes the next call of `channel` fail with `code`. */
  failNext(channel: keyof PlannerApi, code: ApiErrorCode, message?: string): void;
}

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const fail = (code: ApiErrorCode, message: string, details?: unknown): { ok: false; error: ApiError } => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/**
 * An in-memory PlannerApi for component tests: the real validation, file parser and serializer from
 * shared/, the store's rules (revisions, conflicts, trash, import policies) kept simple. Never shipped.
 */
export function createFakePlannerApi(options: FakeOptions = {}): FakePlannerApi {
  const now = options.now ?? (() => new Date());
  const entries = new Map<string, Entry>();
  const calls: string[] = [];
  const failures = new Map<string, ApiError>();
  /** Texts of previewed files by token (previewImportFile), taken by the import. */
  const kept = new Map<string, string>();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const views = new Map<string, Omit<ComparisonView, 'missingScenarioIds'>>();
  const withMissing = (view: Omit<ComparisonView, 'missingScenarioIds'>): ComparisonView => ({
    ...view,
    missingScenarioIds: view.scenarioIds.filter((id) => !entries.has(id)),
  });
  let idCounter = 0;

  const headOf = (entry: Entry) => entry.revisions[entry.revisions.length - 1]!;
  const summary = (id: string, entry: Entry): ScenarioSummary => {
    const head = headOf(entry);
    return {
      id,
      name: head.scenario.name,
      description: head.scenario.description.split('\n', 1)[0] ?? '',
      author: head.scenario.author,
      origin: {},
      tags: [...head.scenario.tags],
      createdAt: head.scenario.createdAt,
      updatedAt: head.scenario.updatedAt,
      revision: head.revision,
      deletedAt: entry.deletedAt,
    };
  };
  const info = ({ scenario: _scenario, ...rest }: Revision): RevisionInfo => rest;
  const append = (
    scenario: Scenario,
    origin: RevisionInfo['origin'],
    provenance: RevisionInfo['provenance'] = {},
  ) => {
    const entry = entries.get(scenario.id) ?? { revisions: [], deletedAt: null };
    entries.set(scenario.id, entry);
    const savedAt = now().toISOString();
    const stamped: Scenario = {
      ...scenario,
      createdAt: entry.revisions[0]?.scenario.createdAt ?? scenario.createdAt,
      updatedAt: savedAt,
    };
    const revision: Revision = {
      revision: entry.revisions.length + 1,
      savedAt,
      appVersion: '0.1.0',
      origin,
      provenance,
      contentHash: scenarioContentHash([stamped]),
      name: stamped.name,
      author: settings.author,
      summary: null,
      scenario: stamped,
    };
    entry.revisions.push(revision);
    return {
      id: scenario.id,
      revision: revision.revision,
      savedAt,
      contentHash: revision.contentHash,
      scenario: stamped,
      unchanged: false,
    };
  };
  const same = (a: Scenario, b: Scenario) =>
    canonicalJson({ ...a, updatedAt: '' }) === canonicalJson({ ...b, updatedAt: '' });
  const stored = (id: string, entry: Entry, revision: Revision) => ({
    ...info(revision),
    scenario: revision.scenario,
    headRevision: headOf(entry).revision,
    deletedAt: entry.deletedAt,
  });
  const missing = (id: string) => fail('not-found', `There is no scenario with id ${id}.`, { id });

  for (const scenario of options.scenarios ?? PRESETS) append(scenario, 'seed');

  // Restriction packages: revisions and trash, the store's rules kept simple.
  const packages = new Map<
    string,
    { revisions: RestrictionPackage[]; deletedAt: string | null; createdAt: string; updatedAt: string }
  >();
  const packageHead = (id: string) => packages.get(id)?.revisions.at(-1);
  const libraryPackages = () => packageLookup([...packages.keys()].map((id) => packageHead(id)!));
  const usersOf = (id: string) =>
    [...entries]
      .filter(([, entry]) => headOf(entry).scenario.restrictionPackages?.includes(id))
      .map(([scenarioId, entry]) => ({
        id: scenarioId,
        name: headOf(entry).scenario.name,
        inTrash: entry.deletedAt !== null,
      }));
  const storedPackage = (id: string) => {
    const entry = packages.get(id)!;
    return {
      package: packageHead(id)!,
      revision: entry.revisions.length,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      deletedAt: entry.deletedAt,
      usedBy: usersOf(id),
    };
  };
  const writePackage = (entry: RestrictionPackage) => {
    const existing = packages.get(entry.id);
    const at = now().toISOString();
    if (existing && canonicalJson(existing.revisions.at(-1)) === canonicalJson(entry))
      return { package: entry, revision: existing.revisions.length, unchanged: true, recordedIn: [] };
    if (existing) {
      existing.revisions.push(entry);
      existing.updatedAt = at;
    } else packages.set(entry.id, { revisions: [entry], deletedAt: null, createdAt: at, updatedAt: at });
    const recordedIn = existing ? usersOf(entry.id) : [];
    for (const user of recordedIn) append(headOf(entries.get(user.id)!).scenario, 'save');
    return {
      package: entry,
      revision: packages.get(entry.id)!.revisions.length,
      unchanged: false,
      recordedIn,
    };
  };
  const packageMissing = (id: string) =>
    fail('not-found', `There is no restriction package with id ${id}.`, { id });

  const handlers = {
    async listScenarios({ text, tag }) {
      const list = [...entries]
        .filter(([, entry]) => !entry.deletedAt)
        .map(([id, entry]) => summary(id, entry));
      const needle = text?.trim().toLowerCase();
      return ok(
        list
          .filter(
            (item) =>
              (!needle || item.name.toLowerCase().includes(needle)) && (!tag || item.tags.includes(tag)),
          )
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      );
    },
    async getScenario({ id }) {
      const entry = entries.get(id);
      return entry ? ok(stored(id, entry, headOf(entry))) : missing(id);
    },
    async getRevision({ id, revision }) {
      const entry = entries.get(id);
      const found = entry?.revisions.find((r) => r.revision === revision);
      return entry && found ? ok(stored(id, entry, found)) : missing(id);
    },
    async scenarioHistory({ id }) {
      const entry = entries.get(id);
      return entry ? ok(entry.revisions.map(info).reverse()) : missing(id);
    },
    async saveScenario({ scenario, expectedRevision }) {
      const valid = validateScenario(scenario, builtInCatalogues);
      if (!valid.ok)
        return fail(
          'invalid-input',
          `The scenario is not valid: ${valid.error.map((issue) => issue.message).join('; ')}`,
        );
      const references = packageReferenceIssues(valid.value, libraryPackages(), undefined);
      if (references.length > 0)
        return fail(
          'invalid-input',
          `The scenario is not valid: ${references.map((issue) => issue.message).join('; ')}`,
        );
      const entry = entries.get(valid.value.id);
      if (entry?.deletedAt) return fail('conflict', 'The scenario is in the trash.');
      const current = entry ? headOf(entry).revision : 0;
      if (expectedRevision !== undefined && expectedRevision !== current)
        return fail('conflict', `The scenario was changed elsewhere (now at revision ${current}).`, {
          currentRevision: current,
        });
      if (entry && same(headOf(entry).scenario, valid.value)) {
        const head = headOf(entry);
        return ok({
          id: valid.value.id,
          revision: head.revision,
          savedAt: head.savedAt,
          contentHash: head.contentHash,
          scenario: head.scenario,
          unchanged: true,
        });
      }
      return ok(append(valid.value, 'save'));
    },
    async renameScenario({ id, name }) {
      const entry = entries.get(id);
      return entry ? ok(append({ ...headOf(entry).scenario, name }, 'rename')) : missing(id);
    },
    async setScenarioTags({ id, tags }) {
      const entry = entries.get(id);
      return entry ? ok(append({ ...headOf(entry).scenario, tags }, 'tag')) : missing(id);
    },
    async restoreRevision({ id, revision }) {
      const entry = entries.get(id);
      const found = entry?.revisions.find((r) => r.revision === revision);
      return found ? ok(append(found.scenario, 'restore', { restoredFrom: revision })) : missing(id);
    },
    async duplicateScenario({ id, name }) {
      const entry = entries.get(id);
      if (!entry) return missing(id);
      const source = headOf(entry);
      const copy = {
        ...source.scenario,
        id: `copy-${++idCounter}`,
        name: name ?? `${source.scenario.name} (copy)`,
        parent: { id, revision: source.revision },
      };
      return ok(append(copy, 'duplicate'));
    },
    async trashScenario({ id }) {
      const entry = entries.get(id);
      if (!entry) return missing(id);
      entry.deletedAt ??= now().toISOString();
      return ok({ deletedAt: entry.deletedAt });
    },
    async untrashScenario({ id }) {
      const entry = entries.get(id);
      if (!entry) return missing(id);
      entry.deletedAt = null;
      return ok(null);
    },
    async listTrash() {
      return ok([...entries].filter(([, entry]) => entry.deletedAt).map(([id, entry]) => summary(id, entry)));
    },
    async emptyTrash({ ids }) {
      let removed = 0;
      for (const [id, entry] of [...entries]) {
        if (entry.deletedAt && (!ids || ids.includes(id))) {
          entries.delete(id);
          removed++;
        }
      }
      return ok({ removed });
    },
    async previewImport({ fileName, text }) {
      const parsed = parseScenarioFile(text, { fileName });
      if (!parsed.ok) return { ok: false, error: refusedFileError(parsed.error) } as const;
      return ok(
        parsed.value.scenarios.map((scenario) => {
          const entry = entries.get(scenario.id);
          const status = !entry ? 'new' : same(headOf(entry).scenario, scenario) ? 'identical' : 'conflict';
          return {
            id: scenario.id,
            name: scenario.name,
            status,
            author: scenario.author,
            updatedAt: scenario.updatedAt,
            changes: [],
            merge: { available: false, reason: 'no-lineage' },
          } as const;
        }),
      );
    },
    async previewImportFile(file): Promise<ApiResult<ChannelOutput<'previewImportFile'>>> {
      const scenarios: ApiResult<ChannelOutput<'previewImport'>> = await handlers.previewImport(file);
      if (!scenarios.ok) return scenarios;
      const packages: ApiResult<ChannelOutput<'previewImportPackages'>> =
        await handlers.previewImportPackages(file);
      if (!packages.ok) return packages;
      // Kept like the main process keeps it: the import by token sends no text.
      const token = crypto.randomUUID();
      kept.set(token, file.text);
      return ok({ token, scenarios: scenarios.value, packages: packages.value });
    },
    async importFile({ fileName, text: sent, token, onConflict: policy, choices, packageChoices }) {
      const onConflictPolicy = policy;
      const text = token === undefined ? sent : kept.get(token);
      if (token !== undefined) kept.delete(token);
      if (text === undefined)
        return fail('not-found', `The preview of ${fileName} is no longer kept.`, { importToken: 'expired' });
      const parsed = parseScenarioFile(text, { fileName });
      if (!parsed.ok) return { ok: false, error: refusedFileError(parsed.error) } as const;
      const packageReport = {
        added: [] as { id: string; name: string }[],
        replaced: [] as {
          id: string;
          name: string;
          previousRevision: number;
          recordedIn: { id: string; name: string; inTrash: boolean }[];
        }[],
        skipped: [] as { id: string; name: string; reason: 'identical' | 'conflict' }[],
        keptBoth: [] as { id: string; name: string; originalId: string }[],
      };
      const renamed = new Map<string, string>();
      for (const entry of parsed.value.restrictionPackages) {
        const head = packageHead(entry.id);
        const policy =
          packageChoices?.[entry.id] ?? (onConflictPolicy === 'merge' ? 'keep-both' : onConflictPolicy);
        if (!head) {
          writePackage(entry);
          packageReport.added.push({ id: entry.id, name: entry.name });
        } else if (canonicalJson(head) === canonicalJson(entry) || policy === 'skip')
          packageReport.skipped.push({
            id: entry.id,
            name: entry.name,
            reason: canonicalJson(head) === canonicalJson(entry) ? 'identical' : 'conflict',
          });
        else if (policy === 'replace') {
          const previousRevision = packages.get(entry.id)!.revisions.length;
          packageReport.replaced.push({
            id: entry.id,
            name: entry.name,
            previousRevision,
            recordedIn: writePackage(entry).recordedIn,
          });
        } else {
          const id = `package-${++idCounter}`;
          writePackage({ ...entry, id });
          renamed.set(entry.id, id);
          packageReport.keptBoth.push({ id, name: entry.name, originalId: entry.id });
        }
      }
      const report = {
        packages: packageReport,
        fileName,
        added: [] as { id: string; name: string; revision: number }[],
        replaced: [] as { id: string; name: string; revision: number; previousRevision: number }[],
        skipped: [] as { id: string; name: string; revision: number; reason: 'identical' | 'conflict' }[],
        keptBoth: [] as { id: string; name: string; revision: number; originalId: string }[],
        merged: [],
        unmerged: [],
        warnings: parsed.value.warnings.map((warning) => ({ kind: warning.kind, message: warning.kind })),
      };
      for (const original of parsed.value.scenarios) {
        const scenario = original.restrictionPackages
          ? {
              ...original,
              restrictionPackages: original.restrictionPackages.map((id) => renamed.get(id) ?? id),
            }
          : original;
        const entry = entries.get(scenario.id);
        const onConflict = choices?.[scenario.id]?.policy ?? policy;
        if (!entry)
          report.added.push({
            id: scenario.id,
            name: scenario.name,
            revision: append(scenario, 'import', { fileName }).revision,
          });
        else if (same(headOf(entry).scenario, scenario))
          report.skipped.push({
            id: scenario.id,
            name: scenario.name,
            revision: headOf(entry).revision,
            reason: 'identical',
          });
        else if (onConflict === 'skip')
          report.skipped.push({
            id: scenario.id,
            name: scenario.name,
            revision: headOf(entry).revision,
            reason: 'conflict',
          });
        else if (onConflict === 'replace')
          report.replaced.push({
            id: scenario.id,
            name: scenario.name,
            previousRevision: headOf(entry).revision,
            revision: append(scenario, 'import', { fileName }).revision,
          });
        else {
          const id = `import-${++idCounter}`;
          report.keptBoth.push({
            id,
            name: scenario.name,
            originalId: scenario.id,
            revision: append({ ...scenario, id }, 'import', { fileName, originalId: scenario.id }).revision,
          });
        }
      }
      return ok(report);
    },
    async exportScenarios({ ids }) {
      const chosen = ids ?? [...entries].filter(([, entry]) => !entry.deletedAt).map(([id]) => id);
      const scenarios: Scenario[] = [];
      for (const id of chosen) {
        const entry = entries.get(id);
        if (!entry) return missing(id);
        scenarios.push(headOf(entry).scenario);
      }
      const carried = [
        ...new Set(scenarios.flatMap((scenario) => scenario.restrictionPackages ?? [])),
      ].flatMap((id) => (isBuiltInPackageId(id) || !packageHead(id) ? [] : [packageHead(id)!]));
      const text = serializeScenarioFile(scenarios, {
        exportedAt: now().toISOString(),
        appVersion: '0.1.0',
        modelVersion: MODEL_VERSION,
        restrictionPackages: carried,
      });
      return ok({
        fileName: scenarios.length === 1 ? `${scenarios[0]!.name}.chokepoint` : 'scenarios.chokepoint',
        text,
        count: scenarios.length,
      });
    },
    async openScenarioFiles() {
      return options.desktop ? ok([]) : fail('not-available', 'Only in the desktop app.');
    },
    async saveFile({ suggestedName }) {
      return options.desktop
        ? ok({ path: `/home/user/${suggestedName}` })
        : fail('not-available', 'Only in the desktop app.');
    },
    async listRecentFiles() {
      return ok([]);
    },
    async openRecentFile() {
      return fail('not-available', 'Only in the desktop app.');
    },
    async exportReportPdf() {
      return fail('not-available', 'Only in the desktop app.');
    },
    async getSettings() {
      return ok(settings);
    },
    async updateSettings(patch) {
      settings = { ...settings, ...patch };
      return ok(settings);
    },
    async getAppInfo() {
      return ok({
        name: 'Chokepoint Planner',
        version: '0.1.0',
        modelVersion: MODEL_VERSION,
        formatVersion: FORMAT_VERSION,
        platform: 'test',
        libraryPath: ':memory:',
        notices: [],
      });
    },
    async saveView({ view: draft, expectedUpdatedAt }) {
      const parsed = comparisonViewDraftSchema.safeParse(draft);
      if (!parsed.success)
        return fail('invalid-input', `The view is not valid: ${parsed.error.issues[0]!.message}`);
      const missingId = parsed.data.scenarioIds.find((id) => !entries.has(id));
      if (missingId !== undefined) return missing(missingId);
      const existing = parsed.data.id === undefined ? undefined : views.get(parsed.data.id);
      if (existing && expectedUpdatedAt !== undefined && existing.updatedAt !== expectedUpdatedAt)
        return fail('conflict', 'The view was changed elsewhere.', { currentUpdatedAt: existing.updatedAt });
      const savedAt = now().toISOString();
      const { id = `view-${++idCounter}`, ...rest } = parsed.data;
      const view = { ...rest, id, createdAt: existing?.createdAt ?? savedAt, updatedAt: savedAt };
      views.set(id, view);
      return ok(withMissing(view));
    },
    async listViews() {
      return ok([...views.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(withMissing));
    },
    async getView({ id }) {
      const view = views.get(id);
      return view
        ? ok(withMissing(view))
        : fail('not-found', `There is no comparison view with id ${id}.`, { id });
    },
    async deleteView({ id }) {
      return ok({ deleted: views.delete(id) });
    },
    async listPackages() {
      return ok([...packages.keys()].map(storedPackage));
    },
    async savePackage({ package: draft, expectedRevision }) {
      const valid = validatePackage(draft, KNOWN_SECTOR_IDS);
      if (!valid.ok)
        return fail(
          'invalid-input',
          `The restriction package is not valid: ${valid.error.map((issue) => issue.message).join('; ')}`,
        );
      if (isBuiltInPackageId(valid.value.id)) return fail('invalid-input', 'A built-in package id.');
      const existing = packages.get(valid.value.id);
      if (existing?.deletedAt) return fail('conflict', 'The restriction package is in the trash.');
      const current = existing?.revisions.length ?? 0;
      if (expectedRevision !== undefined && expectedRevision !== current)
        return fail(
          'conflict',
          `The restriction package was changed elsewhere (now at revision ${current}).`,
        );
      return ok(writePackage(valid.value));
    },
    async packageHistory({ id }) {
      const entry = packages.get(id);
      if (!entry) return packageMissing(id);
      return ok(
        entry.revisions
          .map((revision, index) => ({
            revision: index + 1,
            savedAt: entry.updatedAt,
            author: settings.author,
            origin: 'save' as const,
            package: revision,
          }))
          .reverse(),
      );
    },
    async restorePackageRevision({ id, revision }) {
      const entry = packages.get(id);
      const found = entry?.revisions[revision - 1];
      return found ? ok(writePackage(found)) : packageMissing(id);
    },
    async trashPackage({ id }) {
      const entry = packages.get(id);
      if (!entry) return packageMissing(id);
      entry.deletedAt ??= now().toISOString();
      return ok({ deletedAt: entry.deletedAt });
    },
    async untrashPackage({ id }) {
      const entry = packages.get(id);
      if (!entry) return packageMissing(id);
      entry.deletedAt = null;
      return ok(null);
    },
    async emptyPackageTrash({ ids }) {
      let removed = 0;
      const kept = [];
      for (const [id, entry] of [...packages]) {
        if (!entry.deletedAt || (ids && !ids.includes(id))) continue;
        const usedBy = usersOf(id);
        if (usedBy.length > 0) kept.push({ id, name: packageHead(id)!.name, usedBy });
        else {
          packages.delete(id);
          removed++;
        }
      }
      return ok({ removed, kept });
    },
    async previewImportPackages({ fileName, text }) {
      const parsed = parseScenarioFile(text, { fileName });
      if (!parsed.ok) return { ok: false, error: refusedFileError(parsed.error) } as const;
      return ok(
        parsed.value.restrictionPackages.map((entry) => {
          const head = packageHead(entry.id);
          const status = !head
            ? 'new'
            : canonicalJson(head) === canonicalJson(entry)
              ? 'identical'
              : 'conflict';
          return {
            id: entry.id,
            name: entry.name,
            status,
            ...(head
              ? {
                  library: {
                    name: head.name,
                    revision: packages.get(entry.id)!.revisions.length,
                    inTrash: packages.get(entry.id)!.deletedAt !== null,
                    usedBy: usersOf(entry.id),
                  },
                }
              : {}),
          } as const;
        }),
      );
    },
  } satisfies {
    [C in keyof PlannerApi]: (input: Parameters<PlannerApi[C]>[0]) => Promise<ApiResult<ChannelOutput<C>>>;
  };

  const api = Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      async (input: unknown) => {
        calls.push(channel);
        const failure = failures.get(channel);
        if (failure) {
          failures.delete(channel);
          return { ok: false, error: failure };
        }
        // Results cross a bridge: the page must never share objects with the "main process".
        return structuredClone(await (handler as (input: unknown) => Promise<unknown>)(input));
      },
    ]),
  ) as unknown as PlannerApi;

  return Object.assign(api, {
    calls,
    head: (id: string) => {
      const entry = entries.get(id);
      return entry ? headOf(entry).scenario : undefined;
    },
    failNext: (channel: keyof PlannerApi, code: ApiErrorCode, message = 'Failed on purpose.') => {
      failures.set(channel, { code, message });
    },
  });
}
