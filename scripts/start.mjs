#!/usr/bin/env node
// `npm start`: build everything, make sure the Electron binary and the Electron-ABI database engine are
// there, then launch the desktop app. Where the Electron binary cannot be obtained (no access to its
// download site) it stops with one clear line pointing to `npm run preview`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
const fallback = 'Run `npm run preview` to use Chokepoint Planner in your browser instead.';

if (run(npm, ['run', '-s', 'build']).status !== 0) process.exit(1);

const electronDir = join(root, 'node_modules', 'electron');
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
const binaryPresent = () => {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
};
if (!binaryPresent()) {
  const installed = run(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe' });
  if (installed.status !== 0 || !binaryPresent()) {
    console.error(
      `Cannot start the desktop app: the Electron ${electronVersion} binary could not be downloaded on this machine. ${fallback}`,
    );
    process.exit(1);
  }
}

const native = run(process.execPath, [join(root, 'scripts', 'build-electron-native.mjs')], {
  stdio: ['ignore', 'inherit', 'pipe'],
});
if (native.status !== 0) {
  const reason = native.stderr?.toString().trim().split('\n').at(-1) ?? 'unknown error';
  console.error(
    `Cannot start the desktop app: the database engine for Electron ${electronVersion} is missing (${reason}). ${fallback}`,
  );
  process.exit(1);
}

const electronBinary = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
process.exit(run(electronBinary, [root, ...process.argv.slice(2)]).status ?? 1);
