import type { PackageLookup } from './restriction-package';

/**
 * The list with `id` applied in date order: after the last applied package dated on or before it
 * (year, then month), so that adding packages one by one builds a timeline, each on top of the ones
 * before it. Already applied: the list as it is. Unknown ids in the list are kept where they are.
 */
export function applyInDateOrder(ids: readonly string[], id: string, lookup: PackageLookup): string[] {
  if (ids.includes(id)) return [...ids];
  const added = lookup(id);
  if (!added) return [...ids, id];
  const date = (entry: { year: number; month?: number }) => entry.year * 12 + (entry.month ?? 1);
  let at = 0;
  ids.forEach((existing, index) => {
    const entry = lookup(existing);
    if (!entry || date(entry) <= date(added)) at = index + 1;
  });
  return [...ids.slice(0, at), id, ...ids.slice(at)];
}

/** The list with the package at `index` moved one place towards the bottom (-1) or the top (+1). */
export function movePackage(ids: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
