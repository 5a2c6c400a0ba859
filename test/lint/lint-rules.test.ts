import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeEach, describe, expect, it } from 'vitest';
import { cyclicPairs } from '../../scripts/lint/no-feature-cycles.mjs';
import { useTempFolder } from '../store/temp-folder';

const ROOT = join(__dirname, '..', '..');
const CONFIG = join(ROOT, 'eslint.config.mjs');
const CYCLES = 'local/no-feature-cycles';

/** The project's ESLint configuration over a planted tree in `cwd` (its paths are read from there). */
function projectLint(cwd: string, overrideConfig?: ESLint.Options['overrideConfig']): ESLint {
  return new ESLint({ cwd, overrideConfigFile: CONFIG, ...(overrideConfig ? { overrideConfig } : {}) });
}

async function messagesOf(eslint: ESLint, cwd: string, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(cwd, file) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const folder = useTempFolder('chokepoint-lint-');
let cwd = '';
beforeEach(() => {
  cwd = folder();
});

function plant(files: Record<string, string>): void {
  for (const [file, code] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, file)), { recursive: true });
    writeFileSync(join(cwd, file), code);
  }
}

describe('the layer rules (docs/architecture.md)', () => {
  // A planted wrong-way import in each layer, and a word of the message that names the rule.
  it.each([
    ['shared/engine/x.ts', "import { readFileSync } from 'node:fs';", 'shared/ must stay pure'],
    ['shared/domain/x.ts', "import { app } from 'electron';", 'shared/ must stay pure'],
    [
      'shared/compare/x.ts',
      "import { api } from '../../renderer/src/api';",
      'nothing from electron/, renderer/',
    ],
    ['shared/engine/x.ts', "import { lines } from '../charts/lines';", 'never imports charts or comparisons'],
    ['shared/charts/x.ts', "import { init } from 'echarts';", 'ECharts types only'],
    ['shared/charts/x.ts', "import { LineChart } from 'echarts/charts';", 'ECharts types only'],
    ['shared/charts/echarts-modules.ts', "import { init } from 'echarts/core';", 'ECharts types only'],
    ['shared/domain/x.ts', "import { PRESETS } from '../catalogue';", 'catalogue types only'],
    ['services/store/x.ts', "import { app } from 'electron';", 'plain Node code'],
    [
      'services/store/x.ts',
      "import { menu } from '../../electron/main/menu';",
      'never import the main process',
    ],
    ['services/store/x.ts', "import { run } from '../../cli/main';", 'never import the interface or the CLI'],
    ['cli/commands/x.ts', "import { app } from 'electron';", 'runs in plain Node'],
    ['cli/commands/x.ts', "import { api } from '../../renderer/src/api';", 'never imports the desktop app'],
    ['renderer/src/components/x.ts', "import { readFileSync } from 'node:fs';", 'renderer/ is a web page'],
    [
      'renderer/src/components/x.ts',
      "import { openStore } from '../../../services/store/open-store';",
      'renderer/ is a web page',
    ],
    [
      'renderer/src/components/x.ts',
      "import { sample } from '../../../test/support/sample-scenario';",
      'must not ship',
    ],
    [
      'renderer/src/store/x.ts',
      "import { Editor } from '../features/editor/EditorView';",
      'store/ never imports features/',
    ],
    [
      'renderer/src/features/editor/x.ts',
      "import { App } from '../../app/App';",
      'features/ never imports app/',
    ],
  ])('%s: %s', async (file, code, message) => {
    const messages = await messagesOf(
      projectLint(cwd),
      cwd,
      file,
      `${code}\nexport const used = [${/\{ (\w+) \}/.exec(code)![1]}];\n`,
    );
    expect(
      messages.some((text) => text.includes(message)),
      messages.join('\n'),
    ).toBe(true);
  });
});

describe('the ECharts modules of the chart builders', () => {
  it('may import series and components at run time, in their one file only', async () => {
    const code =
      "import { LineChart } from 'echarts/charts';\nimport { GridComponent } from 'echarts/components';\n" +
      'export const CHART_MODULES = [LineChart, GridComponent];\n';
    expect(await messagesOf(projectLint(cwd), cwd, 'shared/charts/echarts-modules.ts', code)).toEqual([]);
  });
});

describe('the preload rule', () => {
  const PRELOAD = 'electron/preload/index.ts';
  const lint = (code: string) => messagesOf(projectLint(cwd), cwd, PRELOAD, code);

  it('lets the preload import electron, and types from shared/', async () => {
    expect(
      await lint(
        "import { contextBridge } from 'electron';\nimport type { PlannerApi } from '../../shared/api';\n" +
          'export const api: PlannerApi | undefined = undefined;\ncontextBridge.exposeInMainWorld("x", api);\n',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a Node module',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'imports only electron',
    ],
    [
      'shared/ at run time',
      "import { CHANNELS } from '../../shared/api';\nexport const c = CHANNELS;\n",
      'for types only',
    ],
    [
      'the main process, even for types',
      "import type { X } from '../main/window';\nexport type Y = X;\n",
      'types from shared/ only',
    ],
    ['a package', "import { z } from 'zod';\nexport const s = z.string();\n", 'imports only electron'],
    ['anything by dynamic import', "export const load = () => import('electron');\n", 'no dynamic import()'],
  ])('refuses %s', async (_what, code, message) => {
    const messages = await lint(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('electron/preload runs sandboxed');
    expect(messages[0]).toContain(message);
  });
});

describe('the feature-cycle rule', () => {
  const FEATURES = 'renderer/src/features';

  /** Lints every planted feature file; returns the cycle messages by file. */
  async function cycles(eslint = projectLint(cwd)): Promise<Record<string, string[]>> {
    const results = await eslint.lintFiles([`${FEATURES}/**/*.{ts,tsx}`]);
    const found: Record<string, string[]> = {};
    for (const result of results) {
      const messages = result.messages.filter((message) => message.ruleId === CYCLES);
      if (messages.length > 0) found[result.filePath.slice(cwd.length + 1)] = messages.map((m) => m.message);
    }
    return found;
  }

  it('finds two features that import each other, on both imports', async () => {
    plant({
      [`${FEATURES}/alpha/Alpha.tsx`]:
        "import { beta } from '../beta/beta';\nexport const Alpha = () => beta;\n",
      [`${FEATURES}/beta/beta.ts`]:
        "import { Alpha } from '../alpha/Alpha';\nexport const beta = () => Alpha;\n",
    });
    const found = await cycles();
    expect(Object.keys(found).sort()).toEqual([`${FEATURES}/alpha/Alpha.tsx`, `${FEATURES}/beta/beta.ts`]);
    expect(found[`${FEATURES}/alpha/Alpha.tsx`]![0]).toContain(
      'features/alpha imports features/beta here, and features/beta imports features/alpha back',
    );
    expect(found[`${FEATURES}/alpha/Alpha.tsx`]![0]).toContain(
      'features/beta/beta.ts imports features/alpha/Alpha.tsx',
    );
  });

  it('finds a cycle through three features, and one closed by a type import through components/', async () => {
    plant({
      [`${FEATURES}/a/a.ts`]: "import { b } from '../b/b';\nexport const a = () => b;\n",
      [`${FEATURES}/b/b.ts`]: "import { c } from '../c/c';\nexport const b = () => c;\n",
      [`${FEATURES}/c/c.ts`]:
        "import type { A } from '../../components/shared-type';\nexport const c = (x: A) => x;\n",
      'renderer/src/components/shared-type.ts':
        "import type { a } from '../features/a/a';\nexport type A = typeof a;\n",
    });
    const found = await cycles();
    expect(Object.keys(found).sort()).toEqual([
      `${FEATURES}/a/a.ts`,
      `${FEATURES}/b/b.ts`,
      `${FEATURES}/c/c.ts`,
    ]);
    expect(found[`${FEATURES}/a/a.ts`]![0]).toContain('(b → c → a;');
  });

  it('lets features import one another one way', async () => {
    plant({
      [`${FEATURES}/a/a.ts`]: "import { b } from '../b/b';\nexport const a = () => b;\n",
      [`${FEATURES}/b/b.ts`]: "import { c } from '../c/c';\nexport const b = () => c;\n",
      [`${FEATURES}/c/c.ts`]: 'export const c = 1;\n',
      [`${FEATURES}/a/a.test.ts`]: "import { c } from '../c/c';\nexport const t = c;\n",
    });
    expect(await cycles()).toEqual({});
  });

  it('finds a cycle closed by a dynamic import', async () => {
    plant({
      [`${FEATURES}/a/a.ts`]: "import { b } from '../b/b';\nexport const a = () => b;\n",
      [`${FEATURES}/b/b.ts`]: "export const b = () => import('../a/a');\n",
    });
    const found = await cycles();
    expect(Object.keys(found).sort()).toEqual([`${FEATURES}/a/a.ts`, `${FEATURES}/b/b.ts`]);
    expect(found[`${FEATURES}/b/b.ts`]![0]).toContain('features/b imports features/a here');
  });

  it('finds no cycle between the features of the tree, and the project lints them with the rule', async () => {
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG });
    const config = (await eslint.calculateConfigForFile(
      join(ROOT, FEATURES, 'compare', 'CompareView.tsx'),
    )) as { rules: Record<string, unknown> };
    expect(config.rules[CYCLES]).toEqual([2]);
    expect(cyclicPairs(join(ROOT, FEATURES))).toEqual([]);
  });
});
