import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { mediaTypeOf } from '../../../shared/api/media-types';

/** A file under `root` for a URL path, refusing anything that would leave the folder. */
export async function readStatic(
  root: string,
  urlPath: string,
): Promise<{ body: Buffer; type: string } | undefined> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  const path = normalize(join(root, relative === '/' ? 'index.html' : relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return { body: await readFile(path), type: mediaTypeOf(path) };
  } catch {
    return undefined;
  }
}
