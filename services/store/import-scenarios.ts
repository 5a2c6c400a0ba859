import type { Scenario } from '../../shared/domain/scenario';
import type { MergeConflict, MergeSide } from '../../shared/history/merge-scenarios';
import { mergeScenarios } from '../../shared/history/merge-scenarios';
import { ok } from '../../shared/result';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';
import { appendRevision } from './append-revision';
import type { ImportedPackages, PackageConflictPolicy } from './import-packages';
import { importPackages } from './import-packages';
import type { ImportMatch, ImportStatus } from './import-match';
import { matchImport } from './import-match';
import { keepIdentity, withIdentity } from './assign-identity';
import { libraryName } from './library-names';
import type { RevisionProvenance } from './library-types';
import type { StoreContext } from './store-context';
import type { StoreResult } from './store-error';
import { inWriteTransaction } from './transaction';
import { validateDocument } from './validate-document';

export type { ImportStatus } from './import-match';

/** What to do with a scenario that matches one in the library with different content. */
export type ConflictPolicy = 'keep-both' | 'replace' | 'skip' | 'merge';

export const CONFLICT_POLICIES: readonly ConflictPolicy[] = ['keep-both', 'replace', 'skip', 'merge'];

/** The user's decision for one incoming scenario (by its id in the file). */
export interface ScenarioChoice {
  readonly policy: ConflictPolicy;
  /** Merge: the side chosen for each conflicting cell, by the cell's JSON path. */
  readonly resolutions?: Readonly<Record<string, MergeSide>>;
}

export interface ImportChoices {
  /**
   * For scenarios whose id is in the library with different content, unless `choices` says otherwise;
   * for such restriction packages too, unless `packageChoices` does (`merge` keeps both packages).
   */
  readonly policy: ConflictPolicy;
  /** The user's decision for each conflicting restriction package, by its id in the file. */
  readonly packageChoices?: Readonly<Record<string, PackageConflictPolicy>>;
  readonly choices?: Readonly<Record<string, ScenarioChoice>>;
  /** Merge: the side every unresolved conflicting cell takes; without it such scenarios stay unchanged. */
  readonly prefer?: MergeSide;
}

export interface ImportedItem {
  readonly id: string;
  readonly name: string;
  /** The library revision the import wrote (or, for skipped ones, the revision left as it was). */
  readonly revision: number;
}

export interface ImportWarning {
  readonly kind: string;
  readonly message: string;
  /** On a 'model-version' warning: the model version the file was authored under. */
  readonly modelVersion?: number;
}

/** A scenario the merge left as it was, and why. */
export interface UnmergedItem extends ImportedItem {
  readonly reason: 'conflicts' | 'no-common-ancestor' | 'invalid';
  /** The cells both sides changed differently (for `conflicts`). */
  readonly conflicts: readonly MergeConflict[];
  readonly message?: string;
}

export interface ImportReport {
  readonly fileName: string;
  /** `renamedFrom`: the name it had in the file, when another scenario already used it. */
  readonly added: readonly (ImportedItem & { readonly renamedFrom?: string })[];
  /** The previous content stays in the history as `previousRevision`. */
  readonly replaced: readonly (ImportedItem & { readonly previousRevision: number })[];
  readonly skipped: readonly (ImportedItem & { readonly reason: 'identical' | 'conflict' })[];
  /** Imported under a new id; `parent` in the document points at the library's scenario. */
  readonly keptBoth: readonly (ImportedItem & { readonly originalId: string })[];
  /** Merged three-way: the file's side is revision `theirsRevision`, the result `revision`. */
  readonly merged: readonly (ImportedItem & {
    readonly baseRevision: number;
    readonly theirsRevision: number;
    readonly fromTheirs: number;
    readonly resolved: number;
  })[];
  readonly unmerged: readonly UnmergedItem[];
  readonly warnings: readonly ImportWarning[];
  /** What became of the restriction packages the file defines. */
  readonly packages: ImportedPackages;
}

/** Where the scenarios came from, recorded on every revision the import writes. */
export interface ImportSource {
  readonly fileName: string;
  readonly sourceAppVersion?: string;
  readonly exportedAt?: string;
  readonly warnings?: readonly ImportWarning[];
}

type MutableReport = {
  -readonly [K in keyof ImportReport]: ImportReport[K] extends readonly (infer E)[] ? E[] : ImportReport[K];
};

/** The file's scenarios applying the ids their packages were kept under (keep both). */
function applyRenamedPackages(
  scenarios: readonly Scenario[],
  renamed: ReadonlyMap<string, string>,
): Scenario[] {
  return scenarios.map((scenario) =>
    scenario.restrictionPackages?.some((id) => renamed.has(id))
      ? { ...scenario, restrictionPackages: scenario.restrictionPackages.map((id) => renamed.get(id) ?? id) }
      : scenario,
  );
}

/** Lets the UI ask about conflicts before importing: one status per incoming scenario. */
export function classifyImport(ctx: StoreContext, scenarios: readonly Scenario[]): ImportStatus[] {
  return matchImport(ctx, scenarios).map((match) => match.status);
}

function choiceFor(choices: ImportChoices, match: ImportMatch): ScenarioChoice {
  const chosen = choices.choices?.[match.incoming.id];
  if (chosen) return chosen;
  // A clash of names alone never overwrites or drops anything: the newcomer gets a name of its own.
  return match.status === 'name-clash' ? { policy: 'keep-both' } : { policy: choices.policy };
}

/**
 * Merges one scenario three-way: writes the file's side as a revision (so both sides stay in the
 * history), then the merge. Leaves the scenario unchanged when a conflicting cell has no answer.
 */
function mergeOne(
  ctx: StoreContext,
  match: ImportMatch,
  choice: ScenarioChoice,
  choices: ImportChoices,
  provenance: RevisionProvenance,
  report: MutableReport,
): void {
  const head = match.head!;
  const item = { id: head.id, name: head.name, revision: head.head_revision };
  if (!match.merge.available || !match.sides) {
    report.unmerged.push({ ...item, reason: 'no-common-ancestor', conflicts: [] });
    return;
  }
  const { base, ours, theirs } = match.sides;
  let unresolved = 0;
  const result = mergeScenarios(base, ours, theirs, (conflict) => {
    const side = choice.resolutions?.[JSON.stringify(conflict.path)] ?? choices.prefer;
    if (side === undefined) unresolved++;
    return side ?? 'ours';
  });
  if (unresolved > 0) {
    report.unmerged.push({ ...item, reason: 'conflicts', conflicts: result.conflicts });
    return;
  }
  const now = ctx.now().toISOString();
  // Names stay unique: a name the file brings that another scenario has taken is numbered.
  const name = libraryName(ctx, result.merged.name, head.id);
  const merged = validateDocument({ ...result.merged, name, updatedAt: now });
  if (!merged.ok) {
    report.unmerged.push({
      ...item,
      reason: 'invalid',
      conflicts: result.conflicts,
      message: merged.error.message,
    });
    return;
  }
  const fileName = provenance.fileName ?? '';
  const theirsWritten = appendRevision(ctx, theirs, {
    origin: 'import',
    event: { kind: 'imported', file: fileName },
    provenance,
  });
  const written = appendRevision(ctx, merged.value, {
    origin: 'import',
    event: { kind: 'merged', file: fileName, author: ctx.identity().author },
    provenance: { fileName, mergeBase: match.merge.baseRevision, mergedTheirs: theirsWritten.revision },
    previous: ours,
  });
  report.merged.push({
    id: head.id,
    name: merged.value.name,
    revision: written.revision,
    baseRevision: match.merge.baseRevision,
    theirsRevision: theirsWritten.revision,
    fromTheirs: result.fromTheirs.length,
    resolved: result.conflicts.length,
  });
}

/**
 * Writes already-validated scenarios in one transaction: all of them or, on any failure, none.
 * Nothing is overwritten silently: identical content is skipped, a scenario under a known id follows
 * its choice (or the policy), a new scenario named like another gets a name of its own, and a merge
 * with unanswered conflicts leaves that scenario as it was.
 */
export function importScenarios(
  ctx: StoreContext,
  fileScenarios: readonly Scenario[],
  source: ImportSource,
  choices: ImportChoices,
  /** The restriction packages the file defines: written first, so its scenarios can apply them. */
  filePackages: readonly RestrictionPackage[] = [],
): StoreResult<ImportReport> {
  return inWriteTransaction(ctx, `import ${source.fileName}`, () => {
    const packages = importPackages(ctx, filePackages, source.fileName, (id) => {
      const chosen = choices.packageChoices?.[id];
      return chosen ?? (choices.policy === 'merge' ? 'keep-both' : choices.policy);
    });
    const scenarios = applyRenamedPackages(fileScenarios, packages.renamed);
    const report: MutableReport = {
      fileName: source.fileName,
      added: [],
      replaced: [],
      skipped: [],
      keptBoth: [],
      merged: [],
      unmerged: [],
      warnings: [...(source.warnings ?? [])],
      packages: packages.report,
    };
    const provenance: RevisionProvenance = {
      fileName: source.fileName,
      ...(source.sourceAppVersion === undefined ? {} : { sourceAppVersion: source.sourceAppVersion }),
      ...(source.exportedAt === undefined ? {} : { exportedAt: source.exportedAt }),
    };
    const imported = { origin: 'import', event: { kind: 'imported', file: source.fileName } } as const;
    const fileOrigin = { kind: 'import', fileName: source.fileName } as const;
    // A scenario arrives as the file has it, identity included: one without (an older or hand-written
    // file) is drawn in the identity its id gives it, the same in every library, so that importing the
    // file again finds it identical.
    for (const match of matchImport(ctx, scenarios)) {
      const scenario = match.incoming;
      const lineage = scenarios.find((s) => s.id === scenario.id)?.lineage?.revisions;
      const withLineage = lineage ? { ...provenance, lineage } : provenance;
      const head = match.head;
      if (head?.deleted_at && match.status === 'conflict') {
        report.warnings.push({
          kind: 'in-trash',
          message: `"${scenario.name}" (${scenario.id}) is in the library's trash.`,
        });
      }
      if (match.merge.available === false && match.merge.reason === 'unknown-ancestor') {
        report.warnings.push({
          kind: 'unknown-ancestor',
          message: `"${scenario.name}" (${scenario.id}) descends from a revision this library never had, so it cannot be merged; it imports as a plain file.`,
        });
      }
      if (match.status === 'new' || !head) {
        const name = libraryName(ctx, scenario.name, scenario.id);
        const written = appendRevision(
          ctx,
          { ...scenario, name },
          { ...imported, provenance: withLineage, scenarioOrigin: fileOrigin },
        );
        report.added.push({
          id: scenario.id,
          name,
          revision: written.revision,
          ...(name === scenario.name ? {} : { renamedFrom: scenario.name }),
        });
        continue;
      }
      const choice = choiceFor(choices, match);
      if (match.status === 'identical' || choice.policy === 'skip') {
        const reason = match.status === 'identical' ? 'identical' : 'conflict';
        report.skipped.push({ id: scenario.id, name: scenario.name, revision: head.head_revision, reason });
      } else if (choice.policy === 'merge') {
        mergeOne(ctx, match, choice, choices, withLineage, report);
      } else if (choice.policy === 'replace') {
        // Same id: the file's content; same name: the file's content under the library's id and name.
        // Either keeps a name of its own and, when the file names none, the identity it is drawn in.
        const incoming = match.status === 'conflict' ? scenario : { ...scenario, id: head.id };
        const replacement = keepIdentity(
          { ...incoming, name: libraryName(ctx, incoming.name, head.id) },
          match.library,
        );
        const written = appendRevision(ctx, replacement, {
          origin: 'import',
          event: { kind: 'replaced', file: source.fileName },
          provenance: { ...withLineage, replacedRevision: head.head_revision },
        });
        // An explicit replace brings the scenario back into view.
        if (head.deleted_at) ctx.sql.setDeletedAt.run(null, head.id);
        report.replaced.push({
          id: head.id,
          name: replacement.name,
          revision: written.revision,
          previousRevision: head.head_revision,
        });
      } else if (match.status === 'name-clash') {
        const name = libraryName(ctx, scenario.name, scenario.id, scenario.author);
        const written = appendRevision(
          ctx,
          { ...scenario, name },
          { ...imported, provenance: withLineage, scenarioOrigin: fileOrigin },
        );
        report.added.push({ id: scenario.id, name, revision: written.revision, renamedFrom: scenario.name });
      } else {
        const id = ctx.newId();
        // A second copy next to the original: an identity of its own, so the two never look alike.
        const copy: Scenario = withIdentity(
          ctx,
          {
            ...scenario,
            id,
            name: libraryName(ctx, scenario.name, id, scenario.author),
            parent: { id: scenario.id, revision: head.head_revision },
          },
          match.library,
        );
        const written = appendRevision(ctx, copy, {
          ...imported,
          provenance: { ...withLineage, originalId: scenario.id },
          scenarioOrigin: { ...fileOrigin, fromId: scenario.id, fromName: head.name },
        });
        report.keptBoth.push({ id, name: copy.name, revision: written.revision, originalId: scenario.id });
      }
    }
    return ok(report);
  });
}
