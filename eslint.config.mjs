import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// The renderer runs in a browser page: browser globals only (Node's are switched off).
const browserOnly = {
  ...Object.fromEntries(Object.keys(globals.node).map((name) => [name, 'off'])),
  ...globals.browser,
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'release/**',
      'coverage/**',
      'test/fixtures/**',
      '.native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test doubles stand in for Electron's and the network's objects: loose types keep them short.
    files: ['test/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS launchers (the installed `chokepoint` bin) use require by design.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // shared/ is pure: no Node, no DOM, no Electron.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'electron', 'better-sqlite3', 'react', 'react-dom'],
              message: 'shared/ must stay pure: no Node, DOM or Electron imports.',
            },
          ],
        },
      ],
      // Chart builders type their options with ECharts' types; drawing is the interface's or the CLI's job.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'echarts',
              allowTypeImports: true,
              message: 'shared/ builds ECharts options; import ECharts types only (import type).',
            },
          ],
          patterns: [
            {
              group: ['echarts/*'],
              allowTypeImports: true,
              message: 'shared/ builds ECharts options; import ECharts types only (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Services are plain Node code.' }] },
      ],
    },
  },
  {
    // renderer/ is a web page: React hooks rules; never Electron, Node or the database.
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: browserOnly },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'electron/*',
                'node:*',
                'better-sqlite3',
                'fs',
                'path',
                'child_process',
                'os',
                '**/electron/main/**',
              ],
              message: 'renderer/ is a web page: reach the main process only through renderer/src/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The fake API is for tests; the app must never ship it.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*.test.{ts,tsx}', 'renderer/src/test-setup.ts', 'renderer/src/test-utils.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'electron/*',
                'node:*',
                'better-sqlite3',
                'fs',
                'path',
                'child_process',
                'os',
                '**/electron/main/**',
              ],
              message: 'renderer/ is a web page: reach the main process only through renderer/src/api.ts.',
            },
            { group: ['**/test/support/**'], message: 'Test support code must not ship in the app.' },
          ],
        },
      ],
    },
  },
);
