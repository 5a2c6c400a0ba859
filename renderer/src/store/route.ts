import { ID_PATTERN, SECTOR_ID_PATTERN } from '../../../shared/domain/id-patterns';

/** The comparison on screen, by id: what a reload (or a link) restores. */
export interface ComparisonInUrl {
  readonly ids: readonly string[];
  readonly referenceId: string | null;
  /** The sectors that get their own slide and go into the deck (null: every sector). */
  readonly sectors: readonly string[] | null;
}

/** Where the user is. Kept in the URL hash, so a reload (and Electron's loadFile) lands on the same view. */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'editor'; readonly id: string }
  | { readonly view: 'model' }
  | { readonly view: 'compare'; readonly comparison?: ComparisonInUrl }
  | { readonly view: 'plan' };

/** A comma-separated list of ids, each checked against its pattern (anything else is dropped). */
function idList(value: string | null, pattern: RegExp): string[] {
  return (value ?? '').split(',').filter((id) => pattern.test(id));
}

/** `scenarios=a,b&reference=a&sectors=IC,SME` → the comparison; none when no scenario is named. */
function parseComparison(query: string): ComparisonInUrl | undefined {
  const params = new URLSearchParams(query);
  const ids = idList(params.get('scenarios'), ID_PATTERN);
  if (ids.length === 0) return undefined;
  const reference = params.get('reference');
  return {
    ids,
    referenceId: reference !== null && ID_PATTERN.test(reference) ? reference : null,
    sectors: params.has('sectors') ? idList(params.get('sectors'), SECTOR_ID_PATTERN) : null,
  };
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('editor/')) {
    const id = decodeURIComponent(path.slice('editor/'.length));
    if (id) return { view: 'editor', id };
  }
  if (path === 'model') return { view: 'model' };
  if (path === 'compare' || path.startsWith('compare?')) {
    const comparison = parseComparison(path.slice('compare'.length).replace(/^\?/, ''));
    return comparison ? { view: 'compare', comparison } : { view: 'compare' };
  }
  if (path === 'plan') return { view: 'plan' };
  return { view: 'library' };
}

function comparisonQuery(comparison: ComparisonInUrl | undefined): string {
  if (!comparison || comparison.ids.length === 0) return '';
  // Ids and sector ids are letters, digits and . _ : - only: nothing to escape, and the URL stays readable.
  const parts = [`scenarios=${comparison.ids.join(',')}`];
  if (comparison.referenceId !== null) parts.push(`reference=${comparison.referenceId}`);
  if (comparison.sectors !== null) parts.push(`sectors=${comparison.sectors.join(',')}`);
  return `?${parts.join('&')}`;
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'editor':
      return `#/editor/${encodeURIComponent(route.id)}`;
    case 'model':
      return '#/model';
    case 'compare':
      return `#/compare${comparisonQuery(route.comparison)}`;
    case 'plan':
      return '#/plan';
    case 'library':
      return '#/library';
  }
}
