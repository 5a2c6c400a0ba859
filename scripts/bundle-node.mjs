#!/usr/bin/env node
// Bundles a Node entry point (and the Monte Carlo and file-parsing workers beside it) with esbuild, as
// the CLI and the benchmarks ship: `node scripts/bundle-node.mjs cli/chokepoint.ts dist/cli`.
import { build } from 'esbuild';
import { basename, join } from 'node:path';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: node scripts/bundle-node.mjs ENTRY OUTDIR');
  process.exit(2);
}
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3'],
  logLevel: 'warning',
  // Inlines constants across modules: the engine's run-table field offsets must reach the time loop as
  // literals. Without it, modules behind a dynamic import() (the CLI's commands, the bench's sections)
  // are wrapped in lazy initialisers whose `var`s V8 cannot fold, and a run took ~30% longer.
  minifySyntax: true,
};
await Promise.all(
  [entry, 'cli/parallel/monte-carlo-worker.ts', 'services/parse-worker/parse-worker.ts'].map((file) =>
    build({ ...common, entryPoints: [file], outfile: join(outdir, basename(file).replace(/\.ts$/, '.cjs')) }),
  ),
);
