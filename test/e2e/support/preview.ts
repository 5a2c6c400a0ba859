import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleNode } from '../../../scripts/bundle-node.mjs';

const ROOT = resolve(__dirname, '..', '..', '..');

export interface Preview {
  /** The page's address with the session token. */
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface PreviewOptions {
  readonly dataDir?: string;
  readonly timeoutMs?: number;
  /**
   * true: `npm run preview`, build included. Default false: the same server, bundled (bundlePreviewServer),
   * on the renderer already in dist/renderer, which the e2e project's globalSetup (or `npm test`) built
   * once for the run; a file building it again costs a build and empties dist/renderer under the other
   * files' servers.
   */
  readonly build?: boolean;
}

/**
 * The server of `npm run preview` (run-preview.ts, which tsx runs there) bundled once with esbuild, with
 * the file-parsing worker beside it: through tsx, the server's start cost each browser test file about a
 * CPU-second more, and the parse worker each import starts about as much again (three files: 81 CPU-s
 * before, 69 to 74 after). Three folders below the root, as the source is: the server finds
 * dist/renderer from its own folder.
 */
const BUNDLE_DIR = join('dist', 'e2e', 'preview');

/**
 * Bundles the preview server unless the bundle is current (a stamp lists what it was built from):
 * the e2e project's globalSetup builds it once for the run, and each start checks it.
 */
export async function bundlePreviewServer(): Promise<string> {
  await bundleNode({
    root: ROOT,
    entries: [
      join('electron', 'main', 'preview', 'run-preview.ts'),
      join('services', 'parse-worker', 'parse-worker.ts'),
    ],
    outdir: BUNDLE_DIR,
  });
  return join(ROOT, BUNDLE_DIR, 'run-preview.cjs');
}

/**
 * Starts the preview server (`npm run preview` without its build, bundled: the renderer as built for the
 * run, with the real library behind it) on a free port with a fresh data folder, and waits for the address
 * it prints.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  // The launcher first: a bundle that fails to build then leaves no data folder behind.
  const launcher =
    options.build === true
      ? ['npm', 'run', '-s', 'preview', '--']
      : [process.execPath, await bundlePreviewServer()];
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chokepoint-e2e-'));
  const [command, ...args] = [...launcher, '--data-dir', dataDir, '--port', '0'];
  const child: ChildProcess = spawn(command!, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, INIT_CWD: ROOT },
  });
  let output = '';
  const started = new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run preview did not print its address in time:\n${output}`)),
      options.timeoutMs ?? 90_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /preview: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run preview exited with ${code}:\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((done) => child.once('exit', done));
      // The whole group this test started: npm and its shell (when building) and the server.
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    }
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    return { url: await started, dataDir, stop };
  } catch (error) {
    // A server that never said its address is stopped, and its data folder removed, before the error.
    await stop();
    throw error;
  }
}
