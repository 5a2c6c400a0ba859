import { fileURLToPath } from 'node:url';
import type { Rollup } from 'vite';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const config = fileURLToPath(new URL('../../renderer/vite.config.mts', import.meta.url));

/** The chunks the page loads before it runs (the entry and its static imports, not lazy views). */
function startupModules(output: readonly (Rollup.OutputChunk | Rollup.OutputAsset)[]): string[] {
  const chunks = new Map(
    output
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const seen = new Set<string>();
  const queue = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(chunks.get(name)?.imports ?? []));
  }
  return [...seen].flatMap((name) => chunks.get(name)?.moduleIds ?? []);
}

describe('the renderer bundle', () => {
  it('starts without zod (the page never builds the schemas the main process validates with), on React’s production build', async () => {
    const result = await build({ configFile: config, logLevel: 'silent', build: { write: false } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const modules = outputs.flatMap((bundle) => startupModules(bundle.output));
    expect(modules.some((id) => id.includes('/renderer/src/main.tsx'))).toBe(true);
    expect(modules.filter((id) => /node_modules\/zod\//.test(id))).toEqual([]);
    expect(
      modules.filter((id) => /shared\/catalogue\/(catalogue-schema|validate-catalogue)\.ts$/.test(id)),
    ).toEqual([]);
    // What users run is React's production build, even built here, where vitest sets NODE_ENV=test.
    expect(process.env.NODE_ENV).toBe('production');
    const everyModule = outputs.flatMap((bundle) =>
      bundle.output.flatMap((item) => (item.type === 'chunk' ? item.moduleIds : [])),
    );
    expect(everyModule.filter((id) => /node_modules\/react(-dom)?\/.*\.development\.js$/.test(id))).toEqual(
      [],
    );
    expect(
      everyModule.some((id) => /node_modules\/react-dom\/cjs\/react-dom.*\.production\.js$/.test(id)),
    ).toBe(true);
  }, 120_000);
});
