import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { bundleNode, NODE_WORKERS } from '../../scripts/bundle-node.mjs';

const ROOT = join(__dirname, '..', '..');

/**
 * `entry` (a path from the repository's root) bundled for this test file as it ships, under the
 * git-ignored dist/ (where better-sqlite3 is found), and removed after the file; with `workers`, the
 * Monte Carlo and file-parsing workers beside it, as the CLI needs them. A test that starts a process
 * many times starts the bundle: each start through tsx compiled the sources again, seconds of CPU
 * apiece, where the bundle is built once (about a second) and starts in a fraction of that. Returns the
 * bundle's path once built.
 */
export function useNodeBundle(entry: string, { workers = false }: { workers?: boolean } = {}): () => string {
  const name = basename(entry, '.ts');
  const outdir = join('dist', `test-${name}-${process.pid}`);
  beforeAll(async () => {
    await bundleNode({ root: ROOT, entries: [entry, ...(workers ? NODE_WORKERS : [])], outdir });
  }, 120_000);
  afterAll(() => rmSync(join(ROOT, outdir), { recursive: true, force: true }));
  return () => join(ROOT, outdir, `${name}.cjs`);
}
