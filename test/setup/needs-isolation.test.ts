import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.mts';
import { fileTempFolder } from '../store/temp-folder';
import { needsIsolation, testFiles } from './needs-isolation';

const ROOT = resolve(__dirname, '..', '..');
const dir = fileTempFolder('chokepoint-isolation-');

function fileWith(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('which test files run with modules of their own', () => {
  it('isolates a file that mocks a module, stubs a global or the environment, or asks for jsdom', () => {
    expect(needsIsolation(fileWith('mock.test.ts', "vi.mock('../x', () => ({}));"))).toBe(true);
    expect(needsIsolation(fileWith('hoisted.test.ts', "vi.doMock('../x');"))).toBe(true);
    expect(needsIsolation(fileWith('global.test.ts', "vi.stubGlobal('Worker', Fake);"))).toBe(true);
    expect(needsIsolation(fileWith('env.test.ts', "vi.stubEnv('CI', 'true');"))).toBe(true);
    expect(needsIsolation(fileWith('dom.test.tsx', '// @vitest-environment jsdom\n'))).toBe(true);
    expect(needsIsolation(fileWith('plain.test.ts', "import { vi } from 'vitest';\nvi.fn();"))).toBe(false);
  });

  it('runs every test file of the tree in exactly one project, none dropped', () => {
    const projects = (config.test?.projects ?? []) as { test: { name: string; include: string[] } }[];
    const listed = projects.flatMap(({ test }) =>
      test.include.filter((pattern) => !pattern.includes('*')).map((file) => [file, test.name] as const),
    );
    const patterns = projects.flatMap(({ test }) => test.include.filter((pattern) => pattern.includes('*')));
    expect(patterns).toEqual(['test/e2e/**/*.test.ts']);
    const everything = testFiles(ROOT, ['shared', 'cli', 'electron', 'services', 'test', 'renderer/src']);
    const unit = everything.filter((file) => !file.startsWith(join('test', 'e2e')));
    expect(unit.length).toBeGreaterThan(200);
    expect(listed.map(([file]) => file).sort()).toEqual([...unit].sort());
    // A file that mocks modules is never in the project whose files share modules.
    const sharing = new Set(listed.filter(([, name]) => name === 'unit').map(([file]) => file));
    expect([...sharing].filter((file) => needsIsolation(join(ROOT, file)))).toEqual([]);
    expect(sharing.has(join('test', 'cli', 'optimize-command.test.ts'))).toBe(false);
  });
});
