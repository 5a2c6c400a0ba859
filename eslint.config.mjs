import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import featureCycles from './scripts/lint/no-feature-cycles.mjs';

// The renderer runs in a browser page: browser globals only (Node's are switched off).
const browserOnly = {
  ...Object.fromEntries(Object.keys(globals.node).map((name) => [name, 'off'])),
  ...globals.browser,
};

// Layer edges (docs/architecture.md): each block below names what a layer may not import.
// Node's modules by exact name (a pattern like `domain` would also match the project's own `../domain/…`).
const nodeBuiltins = (message) => builtinModules.map((name) => ({ name, message }));
const PURE = 'shared/ must stay pure: no Node, DOM or Electron imports.';
const WEB_PAGE = 'renderer/ is a web page: reach the main process only through renderer/src/api.ts.';

const sharedPure = {
  group: [
    'node:*',
    'electron',
    'better-sqlite3',
    'react',
    'react-dom',
    '**/electron/**',
    '**/renderer/**',
    '**/cli/**',
    '**/services/**',
  ],
  message:
    'shared/ must stay pure: no Node, DOM or Electron imports, and nothing from electron/, renderer/, cli/ or services/.',
};

const echartsTypesOnly = {
  name: 'echarts',
  allowTypeImports: true,
  message: 'shared/ builds ECharts options; import ECharts types only (import type).',
};
// The one file of shared/ that imports ECharts at run time: the series and components the builders use.
const ECHARTS_MODULES = 'shared/charts/echarts-modules.ts';
const echartsSubpathTypesOnly = {
  group: ['echarts/*'],
  allowTypeImports: true,
  message: echartsTypesOnly.message,
};

const webPage = {
  group: ['electron', 'electron/*', 'better-sqlite3', 'node:*', '**/electron/main/**', '**/services/**'],
  message: WEB_PAGE,
};
const noTestSupport = {
  group: ['**/test/support/**'],
  message: 'Test support code must not ship in the app.',
};
// The preload runs sandboxed: Electron's require there gives `electron` and little else.
const PRELOAD = 'electron/preload runs sandboxed: it imports only electron at run time';
const preloadImports = [
  {
    regex: '^(\\.\\./)+shared/',
    allowTypeImports: true,
    message: `${PRELOAD}; import shared/ for types only (import type).`,
  },
  {
    regex: '^(?!electron$)(?!(\\.\\./)+shared/)',
    message: `${PRELOAD}, and types from shared/ only.`,
  },
];

const rendererTests = [
  'renderer/src/**/*.test.{ts,tsx}',
  'renderer/src/test-setup.ts',
  'renderer/src/test-utils.tsx',
];

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
    // The project's own rules (scripts/lint/), switched on below where they apply.
    plugins: { local: featureCycles },
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
    // shared/ is pure: no Node, no DOM, no Electron, and nothing from the layers above it.
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeBuiltins(PURE), patterns: [sharedPure] }] },
  },
  {
    // The engine is below the comparisons and the charts built on its results.
    files: ['shared/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins(PURE),
          patterns: [
            sharedPure,
            {
              group: ['**/charts', '**/charts/**', '**/compare', '**/compare/**'],
              message: 'The engine never imports charts or comparisons: they are built on its results.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chart builders type their options with ECharts' types; drawing is the interface's or the CLI's job.
    // The one exception is the list of series and components the builders use, which the edges register.
    files: ['shared/**/*.ts'],
    ignores: [ECHARTS_MODULES],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [echartsTypesOnly], patterns: [echartsSubpathTypesOnly] },
      ],
    },
  },
  {
    // The list of ECharts modules the builders use: series and components at run time, nothing that draws.
    files: [ECHARTS_MODULES],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [echartsTypesOnly],
          patterns: [
            { ...echartsSubpathTypesOnly, group: ['echarts/*', '!echarts/charts', '!echarts/components'] },
          ],
        },
      ],
    },
  },
  {
    // The domain (scenarios, schedules, their rules) is below the catalogues, which are built from its
    // types: it reads a catalogue it is given, never the built-in ones (types only).
    files: ['shared/domain/**/*.ts'],
    ignores: ['shared/domain/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [echartsTypesOnly],
          patterns: [
            echartsSubpathTypesOnly,
            {
              group: ['**/catalogue', '**/catalogue/**'],
              allowTypeImports: true,
              message:
                'shared/domain takes catalogues as arguments: import catalogue types only (import type).',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain Node services (files, the SQLite library), used by the main process and the CLI alike.
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services are plain Node code.' }],
          patterns: [
            {
              group: ['**/electron/**', '**/handlers/**'],
              message:
                'Services never import the main process or its IPC handlers: the handlers call the services.',
            },
            {
              group: ['**/renderer/**', '**/cli/**'],
              message: 'Services never import the interface or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI shares the services and shared/ with the desktop app, never the app itself.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The CLI runs in plain Node.' }],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'The CLI never imports the desktop app: use services/ and shared/.',
            },
          ],
        },
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
      'no-restricted-imports': ['error', { paths: nodeBuiltins(WEB_PAGE), patterns: [webPage] }],
    },
  },
  {
    // The fake API is for tests; the app must never ship it.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: rendererTests,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins(WEB_PAGE), patterns: [webPage, noTestSupport] },
      ],
    },
  },
  {
    // The store holds state; the views (features/) and the app shell (app/) read it, never the reverse.
    files: ['renderer/src/store/**/*.{ts,tsx}'],
    ignores: rendererTests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins(WEB_PAGE),
          patterns: [
            webPage,
            noTestSupport,
            {
              group: ['**/features/**', '**/app/**'],
              message: 'store/ never imports features/ or app/: move the shared part down.',
            },
          ],
        },
      ],
    },
  },
  {
    // The preload: `electron` at run time, types from shared/, nothing else (not even a dynamic import).
    files: ['electron/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: preloadImports }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: `${PRELOAD}: no dynamic import().` },
      ],
    },
  },
  {
    // Views do not import each other in a cycle: what two features share moves to components/ or the domain.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    ignores: rendererTests,
    rules: { 'local/no-feature-cycles': 'error' },
  },
  {
    // Views are put together by the app shell (app/): they never import it.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    ignores: rendererTests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins(WEB_PAGE),
          patterns: [
            webPage,
            noTestSupport,
            {
              group: ['**/app/**'],
              message: 'features/ never imports app/: move the shared part down (e.g. renderer/src/perf.ts).',
            },
          ],
        },
      ],
    },
  },
);
