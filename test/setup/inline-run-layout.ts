import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LAYOUT = join(__dirname, '../../shared/engine/run-layout.ts');

/**
 * Gives the engine's time loop its field offsets as literals under vitest, as the app's and the CLI's
 * bundlers do (shared/engine/run-layout.ts says why the loop needs them so). Vitest runs each module on
 * its own and reads an imported binding through a getter on a dictionary-mode object: `record[L.S_C]`
 * then cost a call per field read, and an engine-heavy test about three times the CPU of the bundle.
 */
export function inlineRunLayout(): Plugin {
  const offsets = new Map(
    Array.from(
      readFileSync(LAYOUT, 'utf8').matchAll(/^export const ([A-Z][A-Z0-9_]*) = (\d+);$/gm),
      ([, name, value]) => [name!, value!],
    ),
  );
  return {
    name: 'inline-run-layout',
    enforce: 'pre',
    transform(code, id) {
      const namespace = /^import \* as (\w+) from '\.\/run-layout';$/m.exec(code)?.[1];
      if (!namespace || !id.includes('/shared/engine/')) return null;
      const read = new RegExp(`\\b${namespace}\\.([A-Z][A-Z0-9_]*)\\b`, 'g');
      return {
        code: code.replace(read, (whole, name: string) => offsets.get(name) ?? whole),
        map: null,
      };
    },
  };
}
