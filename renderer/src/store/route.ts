/** Where the user is. Kept in the URL hash, so a reload (and Electron's loadFile) lands on the same view. */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'editor'; readonly id: string }
  | { readonly view: 'model' }
  | { readonly view: 'compare' }
  | { readonly view: 'plan' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('editor/')) {
    const id = decodeURIComponent(path.slice('editor/'.length));
    if (id) return { view: 'editor', id };
  }
  if (path === 'model') return { view: 'model' };
  if (path === 'compare') return { view: 'compare' };
  if (path === 'plan') return { view: 'plan' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'editor':
      return `#/editor/${encodeURIComponent(route.id)}`;
    case 'model':
      return '#/model';
    case 'compare':
      return '#/compare';
    case 'plan':
      return '#/plan';
    case 'library':
      return '#/library';
  }
}
