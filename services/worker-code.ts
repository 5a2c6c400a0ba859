import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Esbuild from 'esbuild';

/** Each worker's sources bundled once per process (see `bundleSources`). */
const fromSources = new Map<string, string>();

/**
 * Bundles a worker's TypeScript sources in memory with esbuild, a development dependency (only a run
 * from the sources gets here). Through tsx each thread spent seconds of CPU compiling, and ran the
 * engine unbundled: its time loop then reads each field offset through a getter instead of a literal
 * (shared/engine/run-layout.ts), several times slower than as shipped.
 */
function bundleSources(source: string): string {
  const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild;
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [source],
    // As scripts/bundle-node.mjs bundles the CLI and the app: the offsets reach the loop as literals.
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minifySyntax: true,
    write: false,
    logLevel: 'warning',
  });
  return outputFiles[0]!.text;
}

/**
 * The code of the worker `name` in `folder`, for `new Worker(code, { eval: true })`: the bundle beside
 * the caller when built (read with the process's own fs, which reads inside the app's asar archive),
 * else its TypeScript source bundled in memory, once per process.
 */
export function workerCode(folder: string, name: string): string {
  const bundled = join(folder, `${name}.cjs`);
  if (existsSync(bundled)) return readFileSync(bundled, 'utf8');
  const source = join(folder, `${name}.ts`);
  let code = fromSources.get(source);
  if (code === undefined) {
    code = bundleSources(source);
    fromSources.set(source, code);
  }
  return code;
}
