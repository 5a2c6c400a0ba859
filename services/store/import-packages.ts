import { NAME_SUFFIXES_EN, NAME_SUFFIXES_ZH, uniqueName } from '../../shared/history/unique-name';
import type { RestrictionPackage } from '../../shared/packages/restriction-package';
import { packageUsers } from './package-reads';
import { packageSql } from './package-statements';
import type { PackageUser } from './package-types';
import { packageContentHash, recordPackageEdit, writePackage } from './package-writes';
import type { StoreContext } from './store-context';

/** How a file's package relates to the library: not there, there with the same content, or different. */
export type PackageImportStatus = 'new' | 'identical' | 'conflict';

/** What to do with a package whose id the library holds with other content (like a scenario conflict). */
export type PackageConflictPolicy = 'keep-both' | 'replace' | 'skip';

export const PACKAGE_CONFLICT_POLICIES: readonly PackageConflictPolicy[] = ['keep-both', 'replace', 'skip'];

export interface PackagePreviewItem {
  readonly id: string;
  readonly name: string;
  readonly status: PackageImportStatus;
  /** The library's package of the same id (for `identical` and `conflict`). */
  readonly library?: {
    readonly name: string;
    readonly revision: number;
    readonly inTrash: boolean;
    readonly usedBy: readonly PackageUser[];
  };
}

interface Match {
  readonly incoming: RestrictionPackage;
  readonly status: PackageImportStatus;
  readonly head?: { readonly name: string; readonly revision: number; readonly inTrash: boolean };
}

function match(ctx: StoreContext, packages: readonly RestrictionPackage[]): Match[] {
  const sql = packageSql(ctx);
  return packages.map((incoming) => {
    const row = sql.package.get(incoming.id);
    if (!row) return { incoming, status: 'new' };
    const same = sql.revision.get(row.id, row.head_revision)?.content_hash === packageContentHash(incoming);
    return {
      incoming,
      status: same ? 'identical' : 'conflict',
      head: { name: row.name, revision: row.head_revision, inTrash: row.deleted_at !== null },
    };
  });
}

/** What importing the file's packages would do, without writing: the conflict dialog asks from this. */
export function previewPackages(
  ctx: StoreContext,
  packages: readonly RestrictionPackage[],
): PackagePreviewItem[] {
  return match(ctx, packages).map(({ incoming, status, head }) => ({
    id: incoming.id,
    name: incoming.name,
    status,
    ...(head ? { library: { ...head, usedBy: packageUsers(ctx, incoming.id) } } : {}),
  }));
}

export interface ImportedPackages {
  readonly added: readonly { readonly id: string; readonly name: string }[];
  /** The library's package took the file's content as a new revision; its scenarios recorded the edit. */
  readonly replaced: readonly {
    readonly id: string;
    readonly name: string;
    readonly previousRevision: number;
    readonly recordedIn: readonly PackageUser[];
  }[];
  readonly skipped: readonly {
    readonly id: string;
    readonly name: string;
    readonly reason: 'identical' | 'conflict';
  }[];
  /** Added under a new id (`id`); the file's scenarios apply that one. */
  readonly keptBoth: readonly { readonly id: string; readonly name: string; readonly originalId: string }[];
}

/**
 * Writes a file's packages, inside the import's transaction, before its scenarios: new ones are added,
 * identical ones skipped, and a conflict follows `choose` — keep both (the file's package under a new
 * id and a name of its own), replace (a new revision of the library's package, recorded by the
 * scenarios applying it) or skip (the library's stays). Returns the ids the file's scenarios must
 * apply instead (keep both).
 */
export function importPackages(
  ctx: StoreContext,
  packages: readonly RestrictionPackage[],
  fileName: string,
  choose: (id: string) => PackageConflictPolicy,
): { readonly report: ImportedPackages; readonly renamed: ReadonlyMap<string, string> } {
  const report = { added: [], replaced: [], skipped: [], keptBoth: [] } as {
    -readonly [K in keyof ImportedPackages]: ImportedPackages[K][number][];
  };
  const renamed = new Map<string, string>();
  const provenance = { fileName };
  for (const { incoming, status, head } of match(ctx, packages)) {
    if (status === 'new') {
      writePackage(ctx, incoming, { origin: 'import', provenance });
      report.added.push({ id: incoming.id, name: incoming.name });
      continue;
    }
    const policy = status === 'identical' ? 'skip' : choose(incoming.id);
    if (policy === 'skip') {
      report.skipped.push({
        id: incoming.id,
        name: incoming.name,
        reason: status === 'identical' ? 'identical' : 'conflict',
      });
    } else if (policy === 'replace') {
      writePackage(ctx, incoming, { origin: 'replace', provenance });
      // An explicit replace brings the package back into view, like a scenario.
      if (head?.inTrash) packageSql(ctx).setDeletedAt.run(null, incoming.id);
      report.replaced.push({
        id: incoming.id,
        name: incoming.name,
        previousRevision: head!.revision,
        recordedIn: recordPackageEdit(ctx, incoming),
      });
    } else {
      const id = ctx.newId();
      const taken = packageSql(ctx)
        .all.all()
        .map((row) => row.name);
      const suffixes = ctx.identity().language === 'zh-CN' ? NAME_SUFFIXES_ZH : NAME_SUFFIXES_EN;
      const name = uniqueName(incoming.name, taken, { suffixes });
      writePackage(ctx, { ...incoming, id, name }, { origin: 'import', provenance });
      renamed.set(incoming.id, id);
      report.keptBoth.push({ id, name, originalId: incoming.id });
    }
  }
  return { report, renamed };
}
