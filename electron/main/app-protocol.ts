import { join, normalize, sep } from 'node:path';
import { mediaTypeOf } from '../../shared/api/media-types';

/**
 * The page is served from a privileged custom scheme instead of file:// (Electron's security
 * checklist): module scripts and module workers load as on the web, and no other local file is
 * reachable from the page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The file under `root` that an app:// URL names, or undefined for anything outside it. */
export function resolveAppFile(root: string, url: string): { path: string; type: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const path = normalize(join(root, relative === '/' ? 'index.html' : relative));
  const base = root.endsWith(sep) ? root : root + sep;
  if (!path.startsWith(base)) return undefined;
  return { path, type: mediaTypeOf(path) };
}
