import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (VITEST_JSON_REPORT=path) to print the plain "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'cli/**/*.test.ts',
      'electron/**/*.test.ts',
      'services/**/*.test.ts',
      'test/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    testTimeout: 60000,
    pool: 'forks',
    // Component tests choose jsdom with a `// @vitest-environment jsdom` comment.
    setupFiles: ['test/setup/fast-check.ts', 'renderer/src/test-setup.ts'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
