import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check.ts'],
  },
});
