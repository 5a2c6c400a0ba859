#!/usr/bin/env node
// Fetches better-sqlite3's prebuilt binary for Electron's ABI into .native/, beside (never inside)
// node_modules: node_modules/better-sqlite3 stays on Node's ABI so that vitest and the CLI keep
// working, and the app hands the Electron copy to better-sqlite3's `nativeBinding` option.
// It never compiles: on this kind of machine node-gyp is pointed at the system Node headers and
// would produce a Node-ABI binary labelled as Electron's (see docs/native-modules.md).
//
// Usage: node scripts/build-electron-native.mjs [--electron VERSION] [--out DIR] [--force]
// Without --force it does nothing when the binary is already there, so `npm start` can run it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const DEFAULT_ELECTRON_VERSION = '45.5.0';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function installedElectronVersion() {
  const manifest = join(repoRoot, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) return DEFAULT_ELECTRON_VERSION;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

function fail(message) {
  process.stderr.write(`build-electron-native: ${message}\n`);
  process.exit(1);
}

let options;
try {
  options = parseArgs({
    options: { electron: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
    allowPositionals: false,
  }).values;
} catch (error) {
  process.stderr.write(
    `build-electron-native: ${error.message}\nUsage: node scripts/build-electron-native.mjs [--electron VERSION] [--out DIR] [--force]\n`,
  );
  process.exit(2);
}

const electronVersion = options.electron ?? installedElectronVersion();
const outRoot = resolve(options.out ?? join(repoRoot, '.native'));
const source = join(repoRoot, 'node_modules', 'better-sqlite3');
if (!existsSync(join(source, 'package.json'))) fail(`${source} is missing; run npm ci first.`);
const { version: sqliteVersion } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));

const target = join(outRoot, `electron-${electronVersion}`);
const binding = join(target, 'better_sqlite3.node');
if (existsSync(binding) && !options.force) {
  process.stdout.write(
    `build-electron-native: ${binding} is already there (use --force to fetch it again)\n`,
  );
  process.exit(0);
}
const work = join(target, 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// The package's own files only: never its build/ (Node's binary) and never a symlink back into it.
cpSync(join(source, 'package.json'), join(work, 'package.json'));
cpSync(join(source, 'lib'), join(work, 'lib'), { recursive: true });

const prebuildInstall = createRequire(join(source, 'package.json')).resolve('prebuild-install/bin.js');
const run = spawnSync(
  process.execPath,
  [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--verbose'],
  {
    cwd: work,
    encoding: 'utf8',
    timeout: 180_000,
  },
);
const built = join(work, 'build', 'Release', 'better_sqlite3.node');
if (run.status !== 0 || !existsSync(built)) {
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const reason =
    run.error?.message ??
    lines.filter((line) => /warn|ERR/i.test(line)).pop() ??
    lines.pop() ??
    `exit code ${run.status}`;
  fail(
    `could not fetch better-sqlite3 ${sqliteVersion} prebuilt for Electron ${electronVersion} ` +
      `(${process.platform}-${process.arch}): ${reason.replace(/^prebuild-install\s+/, '')}. ` +
      `Run it again with access to github.com, or place the release tarball in ${join(work, 'prebuilds')}. ` +
      `node_modules/better-sqlite3 (Node's build, used by the tests) was not touched.`,
  );
}
copyFileSync(built, binding);
process.stdout.write(
  `build-electron-native: ${binding} (better-sqlite3 ${sqliteVersion} for Electron ${electronVersion})\n`,
);
