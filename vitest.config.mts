import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (VITEST_JSON_REPORT=path) to print the plain "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check.ts'],
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
