import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bundlePreviewServer } from './preview';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * vitest globalSetup of the e2e project: the preview server is bundled and the renderer is built once
 * (`npm run build:renderer`) for every browser test of the run, which then start the preview server on
 * it (startPreview). Each file building it again cost a build per file, and two files building at once
 * emptied dist/renderer under each other's server. `npm test` builds it beside the static checks,
 * before vitest starts, and says so with CHOKEPOINT_RENDERER_BUILT=1 (scripts/run-checks.mjs): every
 * globalSetup runs before the first test, so a build here holds up the unit tests too.
 */
export default async function setup(): Promise<void> {
  // The preview server's bundle too (about a CPU-second, skipped when current): every file starts it.
  await bundlePreviewServer();
  if (process.env.CHOKEPOINT_RENDERER_BUILT === '1') return;
  const built = spawnSync('npm', ['run', '-s', 'build:renderer'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0)
    throw new Error(`npm run build:renderer failed (exit ${built.status}):\n${built.stdout}${built.stderr}`);
}
