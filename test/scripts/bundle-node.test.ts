import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleNode } from '../../scripts/bundle-node.mjs';
import { useTempFolder } from '../store/temp-folder';

const folder = useTempFolder('chokepoint-bundle-');
let root = '';

/** A project whose entry prints what a file two imports away exports. */
beforeEach(() => {
  root = folder();
  writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }\n');
  writeFileSync(join(root, 'entry.ts'), "import { greeting } from './dep';\nconsole.log(greeting());\n");
  writeFileSync(
    join(root, 'dep.ts'),
    "import { NAME } from './leaf';\nexport const greeting = () => `hello ${NAME}`;\n",
  );
  writeFileSync(join(root, 'leaf.ts'), "export const NAME = 'first';\n");
});

const bundle = () => bundleNode({ root, entries: ['entry.ts'], outdir: 'out' });
const output = () => join(root, 'out', 'entry.cjs');
const runOutput = () => execFileSync(process.execPath, [output()], { encoding: 'utf8' }).trim();

describe('the Node bundler', () => {
  it('builds once, then leaves the bundle alone while nothing it read has changed', async () => {
    expect(await bundle()).toBe('built');
    expect(runOutput()).toBe('hello first');
    const before = { bytes: readFileSync(output()), mtime: statSync(output()).mtimeMs };
    expect(await bundle()).toBe('up-to-date');
    expect(readFileSync(output())).toEqual(before.bytes);
    expect(statSync(output()).mtimeMs).toBe(before.mtime);
  });

  it('builds again when a file two imports away changes, and the bundle holds the change', async () => {
    await bundle();
    writeFileSync(join(root, 'leaf.ts'), "export const NAME = 'second';\n");
    expect(await bundle()).toBe('built');
    expect(runOutput()).toBe('hello second');
  });

  it('builds again when an import is added, and follows the new file from then on', async () => {
    await bundle();
    writeFileSync(join(root, 'extra.ts'), "export const EXTRA = '!';\n");
    writeFileSync(
      join(root, 'dep.ts'),
      "import { EXTRA } from './extra';\nimport { NAME } from './leaf';\nexport const greeting = () => `hello ${NAME}${EXTRA}`;\n",
    );
    expect(await bundle()).toBe('built');
    expect(runOutput()).toBe('hello first!');
    writeFileSync(join(root, 'extra.ts'), "export const EXTRA = '?';\n");
    expect(await bundle()).toBe('built');
    expect(runOutput()).toBe('hello first?');
  });

  it('builds again when another entry is bundled into the same folder, and bundles that entry', async () => {
    await bundle();
    writeFileSync(join(root, 'other.ts'), "console.log('other');\n");
    expect(await bundleNode({ root, entries: ['other.ts'], outdir: 'out' })).toBe('built');
    expect(
      execFileSync(process.execPath, [join(root, 'out', 'other.cjs')], { encoding: 'utf8' }).trim(),
    ).toBe('other');
    expect(await bundleNode({ root, entries: ['other.ts'], outdir: 'out' })).toBe('up-to-date');
  });

  it('loads where tsx runs a script as CommonJS, as the UI bench and the screenshot scripts start the preview', () => {
    // They import test/e2e/support/preview.ts, which imports the bundler: a top-level await broke them.
    const script = join(root, 'uses-preview.ts');
    const preview = resolve(__dirname, '..', 'e2e', 'support', 'preview');
    writeFileSync(
      script,
      `const { startPreview } = require(${JSON.stringify(preview)});\nconsole.log(typeof startPreview);\n`,
    );
    expect(execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' }).trim()).toBe(
      'function',
    );
  });

  it('goes by content: a file written again unchanged does not rebuild', async () => {
    await bundle();
    writeFileSync(join(root, 'leaf.ts'), readFileSync(join(root, 'leaf.ts')));
    expect(await bundle()).toBe('up-to-date');
  });

  it('builds again when the tsconfig changes', async () => {
    await bundle();
    writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "strict": false } }\n');
    expect(await bundle()).toBe('built');
  });

  it('builds again when the bundle was changed or removed, or the stamp is unreadable', async () => {
    await bundle();
    writeFileSync(output(), 'console.log("tampered")\n');
    expect(await bundle()).toBe('built');
    expect(runOutput()).toBe('hello first');
    rmSync(output());
    expect(await bundle()).toBe('built');
    expect(runOutput()).toBe('hello first');
    writeFileSync(join(root, 'out', '.bundle-stamp.json'), '{ not json');
    expect(await bundle()).toBe('built');
    expect(await bundle()).toBe('up-to-date');
  });
});
