import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What makes a test file need a module registry of its own: it replaces modules or globals (which
 * would leak into the files after it in the same worker) or asks for another environment (jsdom).
 */
const CHANGES_THE_WORLD = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(|@vitest-environment\s/;

/** Whether the test file at `path` must run isolated (see CHANGES_THE_WORLD). */
export function needsIsolation(path: string): boolean {
  return CHANGES_THE_WORLD.test(readFileSync(path, 'utf8'));
}

/** Test files (`*.test.ts`, `*.test.tsx`) under `folders` of `root`, as paths relative to it. */
export function testFiles(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.test\.tsx?$/.test(name) && !name.split(/[\\/]/).includes('node_modules'))
      .map((name) => join(folder, name)),
  );
}
