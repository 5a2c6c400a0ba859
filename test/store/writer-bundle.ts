import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { bundleNode } from '../../scripts/bundle-node.mjs';

const ROOT = join(__dirname, '..', '..');

/**
 * writer-process.ts bundled for this test file (under the git-ignored dist/, where better-sqlite3 is
 * found), removed after it: the crash test starts the writer twenty times, and starting it through
 * tsx cost most of the test's time. Returns the bundle's path once built.
 */
export function useWriterBundle(): () => string {
  const outdir = join('dist', `store-writer-test-${process.pid}`);
  beforeAll(async () => {
    await bundleNode({ root: ROOT, entries: ['test/store/writer-process.ts'], outdir });
  }, 120_000);
  afterAll(() => rmSync(join(ROOT, outdir), { recursive: true, force: true }));
  return () => join(ROOT, outdir, 'writer-process.cjs');
}
