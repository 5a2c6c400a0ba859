import { canonicalJson } from '../file-format/canonical-json';
import type { PackageLookup } from '../packages/restriction-package';
import type { Scenario } from '../domain/scenario';

/** A restriction package as a change names it: its id, and its name when the change was recorded. */
export interface PackageRef {
  readonly id: string;
  readonly name: string;
}

/** The restriction packages a scenario applies changed: which came, which went, the order, the content. */
export interface PackagesChange {
  readonly kind: 'packages';
  readonly added: readonly PackageRef[];
  readonly removed: readonly PackageRef[];
  /** The packages both apply are listed in another order (which lies on top changed). */
  readonly reordered: boolean;
  /** Applied by both, under one id, with different definitions (two files, or a library and a file). */
  readonly edited: readonly PackageRef[];
}

const ref = (id: string, lookup: PackageLookup | undefined): PackageRef => ({
  id,
  name: lookup?.(id)?.name ?? id,
});

/**
 * How the packages of `b` differ from those of `a`, or undefined when they do not. Lookups name the
 * packages (an id stands in for a name nothing defines) and tell an edited definition apart.
 */
export function packagesChange(
  a: Pick<Scenario, 'restrictionPackages'>,
  b: Pick<Scenario, 'restrictionPackages'>,
  lookups: { readonly a?: PackageLookup; readonly b?: PackageLookup } = {},
): PackagesChange | undefined {
  const from = a.restrictionPackages ?? [];
  const to = b.restrictionPackages ?? [];
  const added = to.filter((id) => !from.includes(id)).map((id) => ref(id, lookups.b));
  const removed = from.filter((id) => !to.includes(id)).map((id) => ref(id, lookups.a));
  const keptFrom = from.filter((id) => to.includes(id));
  const keptTo = to.filter((id) => from.includes(id));
  const reordered = keptFrom.some((id, index) => keptTo[index] !== id);
  const edited = keptTo
    .filter((id) => {
      const [before, after] = [lookups.a?.(id), lookups.b?.(id)];
      return before !== undefined && after !== undefined && canonicalJson(before) !== canonicalJson(after);
    })
    .map((id) => ref(id, lookups.b));
  if (added.length + removed.length + edited.length === 0 && !reordered) return undefined;
  return { kind: 'packages', added, removed, reordered, edited };
}
