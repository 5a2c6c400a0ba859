import type { Scenario } from '../../shared/domain/scenario';
import { MAX_LINEAGE_REVISIONS } from '../../shared/domain/scenario-schema';
import type { TooLargeForOneFile } from '../../shared/file-format';
import { scenarioFileParts, scenarioFileText } from '../../shared/file-format';
import type { RevisionProvenance } from './library-types';
import { ok } from '../../shared/result';
import { isBuiltInPackageId } from '../../shared/packages/built-in-packages';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';
import { packageHead } from './package-reads';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { fail, guard } from './store-error';

export interface ExportRequest {
  /** The scenarios to export, in this order; all scenarios not in the trash when omitted. */
  readonly ids?: readonly string[];
  readonly exportedAt: string;
  readonly appVersion: string;
  readonly modelVersion: number;
  /** More than one file may hold them: several files, each inside the file limits, in `parts`. */
  readonly split?: boolean;
}

export interface ExportedFile {
  /** The `.chokepoint` file's text, hashed; canonical when that fits the file limits, else compact. */
  readonly text: string;
  readonly count: number;
  /** With `split`, every file (the first is `text`); without, the one file. */
  readonly parts: readonly { readonly text: string; readonly count: number }[];
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Said before anything is written: what does not fit, the limits, and the way out. */
export function tooLargeMessage(tooLarge: TooLargeForOneFile): string {
  const { count, bytes, limits, parts } = tooLarge;
  return (
    `The ${count} scenarios do not fit one file (${megabytes(bytes)} written compactly; a file holds at most ` +
    `${megabytes(limits.bytes)} and ${limits.scenarios} scenarios), so nothing was exported: export them in ` +
    `${parts} parts (chokepoint export --split) or choose fewer scenarios.`
  );
}

/**
 * The scenario with its lineage: the content hashes of its revisions here, newest first, then the
 * lineage each import brought in. Whoever receives the file and holds one of these revisions can
 * merge three-way against it; hashes mean the same in every library, revision numbers do not.
 */
function withLineage(ctx: StoreContext, scenario: Scenario): Scenario {
  const hashes = new Set<string>();
  for (const row of ctx.sql.lineageRows.all(scenario.id)) {
    hashes.add(row.content_hash);
    const provenance = JSON.parse(row.provenance) as RevisionProvenance;
    for (const hash of provenance.lineage ?? []) hashes.add(hash);
    if (hashes.size >= MAX_LINEAGE_REVISIONS) break;
  }
  const revisions = [...hashes].slice(0, MAX_LINEAGE_REVISIONS);
  return { ...scenario, lineage: { id: scenario.id, revisions } };
}

/**
 * The definitions of the library packages the scenarios apply (built-in ones need none), so that
 * whoever imports the file runs the same schedules.
 */
function packagesToCarry(
  ctx: StoreContext,
  scenarios: readonly Scenario[],
): StoreResult<RestrictionPackage[]> {
  const carried = new Map<string, RestrictionPackage>();
  for (const scenario of scenarios) {
    for (const id of scenario.restrictionPackages ?? []) {
      if (isBuiltInPackageId(id) || carried.has(id)) continue;
      const entry = packageHead(ctx, id);
      if (!entry)
        return fail(
          'not-found',
          `Scenario "${scenario.name}" applies restriction package ${id}, which is not in the library; nothing was exported.`,
          { scenario: scenario.id, package: id },
        );
      carried.set(id, entry);
    }
  }
  return ok([...carried.values()]);
}

/**
 * Serializes the head revisions of a selection as one `.chokepoint` file, with the definitions of the
 * library's restriction packages they apply. The heads are read in one
 * transaction, so a save by another program cannot make the file a mix of two moments. An unknown id
 * fails the whole export (`not-found`, listing them) rather than silently exporting fewer.
 */
export function exportScenarios(ctx: StoreContext, request: ExportRequest): StoreResult<ExportedFile> {
  return guard('export the scenarios', () =>
    ctx.db.transaction((): StoreResult<ExportedFile> => {
      const ids = request.ids === undefined ? ctx.sql.allIds.all() : [...new Set(request.ids)];
      const scenarios: Scenario[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const head = ctx.sql.scenario.get(id);
        const row = head ? ctx.sql.revision.get(id, head.head_revision) : undefined;
        if (row) scenarios.push(withLineage(ctx, JSON.parse(row.document) as Scenario));
        else missing.push(id);
      }
      if (missing.length > 0) {
        return fail(
          'not-found',
          `No scenario with id ${missing.join(', ')} in the library; nothing was exported.`,
          { missing },
        );
      }
      const packages = packagesToCarry(ctx, scenarios);
      if (!packages.ok) return packages;
      const meta = {
        exportedAt: request.exportedAt,
        appVersion: request.appVersion,
        modelVersion: request.modelVersion,
        restrictionPackages: packages.value,
      };
      if (request.split) {
        const parts = scenarioFileParts(scenarios, meta);
        return ok({ text: parts[0]!.text, count: scenarios.length, parts });
      }
      const text = scenarioFileText(scenarios, meta);
      if (!text.ok) return fail('invalid-input', tooLargeMessage(text.error), { tooLarge: text.error });
      return ok({
        text: text.value,
        count: scenarios.length,
        parts: [{ text: text.value, count: scenarios.length }],
      });
    })(),
  );
}
