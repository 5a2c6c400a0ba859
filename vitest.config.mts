import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { needsIsolation, testFiles } from './test/setup/needs-isolation';

// CI asks for a JSON report (VITEST_JSON_REPORT=path) to print the plain "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

const E2E = 'test/e2e/**/*.test.ts';

// Unit test files of the pure and IO layers share a worker's modules: a file's imports are loaded once
// per worker, not once per file, which was two thirds of their time. Files that replace modules or
// globals or need jsdom run isolated (needsIsolation), and so does every file of the layers that draw
// charts (cli, renderer, test): ECharts' text measurement is a global the report's renderer sets.
const SHARING = ['shared', 'services', 'electron'];
const ISOLATED = ['cli', 'test', 'renderer/src'];
const sharing = testFiles(__dirname, SHARING).filter((file) => !needsIsolation(join(__dirname, file)));
const isolated = testFiles(__dirname, [...SHARING, ...ISOLATED]).filter(
  (file) => !sharing.includes(file) && !file.startsWith(join('test', 'e2e')),
);

const common = {
  environment: 'node' as const,
  testTimeout: 60000,
  // beforeAll hooks build bundles and run whole reports: the test's limit, not vitest's 10 s.
  hookTimeout: 60000,
  pool: 'forks' as const,
  // Component tests choose jsdom with a `// @vitest-environment jsdom` comment.
  setupFiles: ['test/setup/fast-check.ts', 'renderer/src/test-setup.ts'],
};

export default defineConfig({
  test: {
    // Runs once for the whole run (not per project): a temporary folder of the run's own, checked empty.
    globalSetup: ['test/setup/temp-folder-guard.ts'],
    // One test file per core. vitest's default (cores - 1) ran one file at a time on a 2-core machine,
    // with the second core idle while tests waited on timers, child processes and the browser.
    maxWorkers: Number(process.env.VT_WORKERS ?? availableParallelism()),
    projects: [
      { test: { ...common, name: 'unit', include: sharing, isolate: false } },
      { test: { ...common, name: 'unit-isolated', include: isolated } },
      {
        // Browser tests against the preview server: the renderer is built once for all of them.
        test: { ...common, name: 'e2e', include: [E2E], globalSetup: ['test/e2e/support/build-renderer.ts'] },
      },
    ],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
