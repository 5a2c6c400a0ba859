import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ParseReply } from '../../services/parse-worker/parse-messages';

const root = join(__dirname, '..', '..');
const out = join(root, 'dist', 'electron');

/** `npm start` and `npm run dist` build these bundles first; a moved entry point breaks both. */
describe('the desktop bundles', () => {
  it('build from their entry points, and the bundled parse worker parses a file', async () => {
    execFileSync('npm', ['run', '-s', 'build:electron'], { cwd: root, stdio: 'pipe' });

    // The main bundle looks for the worker beside itself, by this name (services/parse-worker/file-parser.ts).
    expect(readFileSync(join(out, 'main.cjs'), 'utf8')).toContain('parse-worker.cjs');
    expect(readFileSync(join(out, 'preload.cjs'), 'utf8')).toContain('contextBridge');

    const worker = new Worker(readFileSync(join(out, 'parse-worker.cjs'), 'utf8'), { eval: true });
    try {
      const text = readFileSync(join(root, 'test', 'fixtures', 'files', 'valid-single.chokepoint'), 'utf8');
      const reply = await new Promise<ParseReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 7, text, fileName: 'valid-single.chokepoint' });
      });
      expect(reply.id).toBe(7);
      expect(reply.result.ok).toBe(true);
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
