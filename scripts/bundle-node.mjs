#!/usr/bin/env node
// Bundles a Node entry point (and the Monte Carlo and file-parsing workers beside it) with esbuild, as the CLI and the
// benchmarks ship: `node scripts/bundle-node.mjs cli/chokepoint.ts dist/cli`.
//
// The build is skipped when nothing it read has changed (`npm run -s chokepoint -- …` bundles before
// every command): a stamp beside the bundles lists every file esbuild read (its metafile: the sources
// and the bundled packages), the tsconfig files that govern them, this script and esbuild's version,
// each with a hash of its content, and the hashes of the bundles themselves.
import { build, version as esbuildVersion } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const STAMP = '.bundle-stamp.json';

/** The workers a Node entry point starts from beside its own bundle (the CLI's `--mc`, its file reads). */
export const NODE_WORKERS = ['cli/parallel/monte-carlo-worker.ts', 'services/parse-worker/parse-worker.ts'];
const SELF = fileURLToPath(import.meta.url);

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

const hashOf = (path) => {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null; // gone: whatever lists it is stale
  }
};

/** The tsconfig files esbuild reads for these sources: the nearest one of each folder, and what it extends. */
function tsconfigsOf(root, inputs) {
  const found = new Set();
  const follow = (path) => {
    if (found.has(path) || !existsSync(path)) return;
    found.add(path);
    try {
      const extended = JSON.parse(readFileSync(path, 'utf8')).extends;
      if (typeof extended === 'string' && extended.startsWith('.')) follow(resolve(dirname(path), extended));
    } catch {
      // Not plain JSON (comments): its own hash still counts.
    }
  };
  const seenFolders = new Set();
  for (const input of inputs) {
    if (input.includes('node_modules')) continue;
    for (let folder = dirname(resolve(root, input)); !seenFolders.has(folder); folder = dirname(folder)) {
      seenFolders.add(folder);
      follow(join(folder, 'tsconfig.json'));
      if (folder === root || dirname(folder) === folder) break;
    }
  }
  return [...found].map((path) => relative(root, path));
}

/** Writes a file whole: a temporary file beside it, then a rename. */
function writeWhole(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function readStamp(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether the stamp still describes what a build would read and the bundles that are there. */
function isCurrent(stamp, root, outdir, entries) {
  if (!stamp || stamp.esbuild !== esbuildVersion || stamp.script !== hashOf(SELF)) return false;
  // Another entry list bundled into the same folder is another build, whatever the hashes say.
  if (JSON.stringify(stamp.entries) !== JSON.stringify([...entries].sort())) return false;
  const same = (files, base) =>
    Object.entries(files).every(([file, hash]) => hashOf(resolve(base, file)) === hash);
  return same(stamp.inputs, root) && same(stamp.outputs, outdir);
}

/**
 * Bundles `entries` (paths relative to `root`) into `outdir`, one `.cjs` each, unless the stamp there
 * says nothing has changed since the last build. Each bundle is written whole (a temporary file, then
 * a rename), so a command started meanwhile never loads half of one.
 */
export async function bundleNode({ root, entries, outdir }) {
  const out = resolve(root, outdir);
  const stampPath = join(out, STAMP);
  if (isCurrent(readStamp(stampPath), root, out, entries)) return 'up-to-date';
  const results = await Promise.all(
    entries.map((entry) =>
      build({
        ...common,
        absWorkingDir: root,
        entryPoints: [entry],
        outfile: join(out, basename(entry).replace(/\.ts$/, '.cjs')),
        metafile: true,
        write: false,
      }),
    ),
  );
  const outputs = {};
  for (const file of results.flatMap((result) => result.outputFiles)) {
    writeWhole(file.path, file.contents);
    outputs[relative(out, file.path)] = createHash('sha256').update(file.contents).digest('hex');
  }
  const read = new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)));
  const inputs = {};
  for (const file of [...read, ...tsconfigsOf(root, read)].sort()) inputs[file] = hashOf(resolve(root, file));
  const stamp = {
    esbuild: esbuildVersion,
    script: hashOf(SELF),
    entries: [...entries].sort(),
    inputs,
    outputs,
  };
  writeWhole(stampPath, `${JSON.stringify(stamp, null, 1)}\n`);
  return 'built';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [entry, outdir] = process.argv.slice(2);
  if (!entry || !outdir) {
    console.error('usage: node scripts/bundle-node.mjs ENTRY OUTDIR');
    process.exit(2);
  }
  // No top-level await: tsx loads this module as CommonJS where the UI bench and the screenshot
  // scripts start the preview server (test/e2e/support/preview.ts imports bundleNode).
  bundleNode({ root: process.cwd(), entries: [entry, ...NODE_WORKERS], outdir }).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
