#!/usr/bin/env node
// `npm test` (all), `npm run typecheck` and `npm run lint`: `node scripts/run-checks.mjs [typecheck|lint|all]`.
// The checks are independent and each uses one core, so they run one per core; Electronegativity,
// which mostly waits on the network, runs beside them; vitest, which uses every core, starts when the
// CPU-bound ones are done. Each step's output is printed whole when it ends, then each step's time.
//
// Typecheck, ESLint and Prettier keep caches in node_modules/.cache/ (git-ignored; `npm ci` starts
// afresh), so a second run checks only what changed. ESLint's cache keys each file by its content and
// the configuration; the feature-cycle rule, which reads other files, reports a new cycle on the file
// whose new import closes it, and that file is linted again because it changed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
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
};
STEPS.all = [
  ...STEPS.typecheck,
  ...STEPS.lint,
  { name: 'electronegativity', command: process.execPath, args: ['scripts/check-electronegativity.mjs'] },
  { name: 'vitest', command: bin('vitest'), args: ['run'], streams: true },
];

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

/** Runs the CPU-bound steps one per core (a free core takes the next); resolves with their results. */
async function onePerCore(cpuSteps) {
  const queue = [...cpuSteps];
  const results = [];
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) results.push(await run(step));
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, lane));
  return results;
}

const started = performance.now();
// Electronegativity mostly waits (on the network): it runs beside the others, vitest beside its end.
const waiting = steps.filter((step) => !step.cpu && !step.streams).map(run);
const results = await onePerCore(steps.filter((step) => step.cpu));
for (const step of steps.filter((step) => step.streams)) results.push(await run(step));
results.push(...(await Promise.all(waiting)));

const width = Math.max(...results.map((result) => result.step.name.length));
console.log(
  `\n${group === 'all' ? 'npm test' : group}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const { step, code, seconds } of results)
  console.log(
    `  ${step.name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`,
  );
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
