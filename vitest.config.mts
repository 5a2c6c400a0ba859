import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (VITEST_JSON_REPORT=path) to print the plain "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

const E2E = 'test/e2e/**/*.test.ts';

const UNIT = [
  'shared/**/*.test.ts',
  'cli/**/*.test.ts',
  'electron/**/*.test.ts',
  'services/**/*.test.ts',
  'test/**/*.test.ts',
  'renderer/src/**/*.test.{ts,tsx}',
];

/**
 * Test files that need a process of their own: they replace modules or globals (vi.mock, vi.stubGlobal),
 * or they draw with ECharts, whose text measurer and registered components are process-wide (the CLI's
 * report sets its own measurer on import). Every other unit file shares its worker's process and module
 * cache with the files before it, which halves the unit tests' CPU (a fresh process per file cost about
 * half a CPU-second before the first test ran). CONTRIBUTING.md ("Where a test file runs") says how to
 * check, in a shuffled order, that no shared file depends on another's leftovers.
 */
const OWN_PROCESS = [
  'test/charts/**/*.test.ts',
  'test/electron/preload.test.ts',
  'test/electron/window.test.ts',
  'test/cli/optimize-command.test.ts',
  'renderer/src/api.test.ts',
  'renderer/src/app/engine-workers.test.tsx',
  'renderer/src/sim/runner.test.ts',
  'renderer/src/sim/engine-pool.test.ts',
];

const common = {
  environment: 'node' as const,
  testTimeout: 60000,
  // beforeAll hooks build bundles and run whole reports: the test's limit, not vitest's 10 s.
  hookTimeout: 60000,
  pool: 'forks' as const,
  // Component tests choose jsdom with a `// @vitest-environment jsdom` comment.
  setupFiles: ['test/setup/fast-check.ts', 'renderer/src/test-setup.ts'],
};

/**
 * Gives the engine's time loop its field offsets as literals, as the app's and the CLI's bundlers do
 * (shared/engine/run-layout.ts says why the loop needs them so). Vitest runs each module on its own and
 * reads an imported binding through a getter on a dictionary-mode object: `record[L.S_C]` then cost a
 * call per field read, and an engine-heavy test about twice the CPU of the same work bundled.
 */
function inlineRunLayout(): Plugin {
  const layout = readFileSync(new URL('shared/engine/run-layout.ts', import.meta.url), 'utf8');
  const offsets = new Map(
    Array.from(layout.matchAll(/^export const ([A-Z][A-Z0-9_]*) = (\d+);$/gm), ([, name, value]) => [
      name!,
      value!,
    ]),
  );
  return {
    name: 'inline-run-layout',
    enforce: 'pre',
    transform(code, id) {
      const namespace = /^import \* as (\w+) from '\.\/run-layout';$/m.exec(code)?.[1];
      if (!namespace || !id.includes('/shared/engine/')) return null;
      const read = new RegExp(`\\b${namespace}\\.([A-Z][A-Z0-9_]*)\\b`, 'g');
      // Offsets only: positions on a line shift, lines stay where they were.
      return { code: code.replace(read, (whole, name: string) => offsets.get(name) ?? whole), map: null };
    },
  };
}

export default defineConfig({
  test: {
    // Runs once for the whole run (not per project): a temporary folder of the run's own, checked empty.
    globalSetup: ['test/setup/temp-folder-guard.ts'],
    // One test file per core. vitest's default (cores - 1) ran one file at a time on a 2-core machine,
    // with the second core idle while tests waited on timers, child processes and the browser.
    maxWorkers: availableParallelism(),
    projects: [
      {
        plugins: [inlineRunLayout()],
        test: {
          ...common,
          name: 'unit',
          include: UNIT,
          exclude: [E2E, ...OWN_PROCESS, '**/node_modules/**'],
          isolate: false,
        },
      },
      {
        plugins: [inlineRunLayout()],
        test: { ...common, name: 'unit-own-process', include: OWN_PROCESS, exclude: ['**/node_modules/**'] },
      },
      {
        // Browser tests against the preview server: the renderer is built once for all of them.
        plugins: [inlineRunLayout()],
        test: { ...common, name: 'e2e', include: [E2E], globalSetup: ['test/e2e/support/build-renderer.ts'] },
      },
    ],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
