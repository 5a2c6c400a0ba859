#!/usr/bin/env node
// `npm test` (all), `npm run typecheck` and `npm run lint`: `node scripts/run-checks.mjs [typecheck|lint|all]`.
// The checks are independent, and each uses one core or waits (Electronegativity on the network), so
// they run at once; vitest, which uses every core, starts when the CPU-bound ones are done. Each
// step's output is printed whole when it ends, then how long each step took.
//
// Typecheck, ESLint and Prettier keep caches in node_modules/.cache/ (git-ignored; `npm ci` starts
// afresh), so a second run checks only what changed. ESLint's cache keys each file by its content and
// the configuration; the feature-cycle rule, which reads other files, reports a new cycle on the file
// whose new import closes it, and that file is linted again because it changed.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join('node_modules', '.cache');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const tsc = (name, project) => ({
  name: `typecheck ${name}`,
  command: bin('tsc'),
  args: [
    '-p',
    project,
    '--noEmit',
    '--incremental',
    '--tsBuildInfoFile',
    join(cache, 'tsc', `${name}.tsbuildinfo`),
  ],
  cpu: true,
});

const STEPS = {
  typecheck: [
    tsc('node', 'tsconfig.json'),
    // shared/ on its own, without DOM or Node types: it must stay pure.
    tsc('shared', 'shared/tsconfig.json'),
    tsc('renderer', 'renderer/tsconfig.json'),
  ],
  lint: [
    {
      name: 'eslint',
      command: bin('eslint'),
      args: [
        '.',
        '--max-warnings',
        '0',
        '--cache',
        '--cache-strategy',
        'content',
        '--cache-location',
        join(cache, 'eslint', ''),
      ],
      cpu: true,
    },
    {
      name: 'prettier',
      command: bin('prettier'),
      args: [
        '--check',
        '.',
        '--log-level',
        'warn',
        '--cache',
        '--cache-location',
        join(cache, 'prettier', 'cache.json'),
      ],
      cpu: true,
    },
  ],
  security: [
    { name: 'electronegativity', command: process.execPath, args: ['scripts/check-electronegativity.mjs'] },
  ],
  unit: [{ name: 'vitest', command: bin('vitest'), args: ['run'], streams: true }],
};
STEPS.all = [...STEPS.typecheck, ...STEPS.lint, ...STEPS.security, ...STEPS.unit];

const group = process.argv[2] ?? 'all';
const steps = STEPS[group];
if (!steps) {
  console.error(`usage: node scripts/run-checks.mjs [${Object.keys(STEPS).join('|')}]`);
  process.exit(2);
}

/** Runs one step; resolves with its exit code and duration. Streaming steps print as they go. */
function run(step) {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      stdio: step.streams ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const finish = (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (!step.streams && output.trim() !== '')
        process.stdout.write(`\n── ${step.name}\n${output.trimEnd()}\n`);
      done({ step, code, seconds });
    };
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

const started = performance.now();
const running = steps.filter((step) => !step.streams).map((step) => ({ step, result: run(step) }));
await Promise.all(running.filter(({ step }) => step.cpu).map(({ result }) => result));
const streamed = [];
for (const step of steps.filter((step) => step.streams)) streamed.push(await run(step));
const results = [...(await Promise.all(running.map(({ result }) => result))), ...streamed];

const width = Math.max(...results.map((result) => result.step.name.length));
console.log(
  `\n${group === 'all' ? 'npm test' : group}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const { step, code, seconds } of results)
  console.log(
    `  ${step.name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`,
  );
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
