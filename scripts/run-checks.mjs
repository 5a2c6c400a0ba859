#!/usr/bin/env node
// `npm test` (all), `npm run typecheck` and `npm run lint`: `node scripts/run-checks.mjs [typecheck|lint|all]`.
// On their own, the typechecks, ESLint and Prettier run one per core. In `npm test` they run one at a
// time beside the tests: vitest's workers leave a core idle while tests wait on timers, child processes
// and the browser, and the checks fill it; on 2 cores that ends sooner than checks first, tests after.
// The tests' lane builds the renderer first (the browser tests serve it; their globalSetup then skips
// the build) while the checks start. Electronegativity, which mostly waits on the network, runs beside
// everything. Each step's output is printed when all have ended, then each step's time.
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

/** Set for vitest once the renderer is built: the browser tests' globalSetup then does not build it again. */
const RENDERER_BUILT = 'CHOKEPOINT_RENDERER_BUILT';

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
  {
    name: 'build renderer',
    command: 'npm',
    args: ['run', '-s', 'build:renderer'],
    tests: true,
    // vite lists every file it wrote: worth reading only when the build fails.
    quietWhenOk: true,
    // Told to the steps after it in the tests' lane when it succeeds.
    marksDone: RENDERER_BUILT,
  },
  { name: 'vitest', command: bin('vitest'), args: ['run'], streams: true, tests: true },
];

const group = process.argv[2] ?? 'all';
const steps = STEPS[group];
if (!steps) {
  console.error(`usage: node scripts/run-checks.mjs [${Object.keys(STEPS).join('|')}]`);
  process.exit(2);
}

/** Runs one step; resolves with its exit code, duration and output. Streaming steps print as they go. */
function run(step, env = process.env) {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(step.command, step.args, {
      cwd: root,
      env,
      stdio: step.streams ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const finish = (code) => done({ step, code, output, seconds: (performance.now() - started) / 1000 });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

/** Runs steps in `lanes` lanes (a free lane takes the next step); resolves with their results. */
async function inLanes(queued, lanes) {
  const queue = [...queued];
  const results = [];
  const lane = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) results.push(await run(step));
  };
  await Promise.all(Array.from({ length: Math.min(lanes, queue.length) }, lane));
  return results;
}

/** The renderer's build, then vitest, told when the build succeeded (if not, vitest's globalSetup fails on it). */
async function testLane(testSteps) {
  const results = [];
  let env = process.env;
  for (const step of testSteps) {
    const result = await run(step, env);
    results.push(result);
    if (step.marksDone && result.code === 0) env = { ...env, [step.marksDone]: '1' };
  }
  return results;
}

const started = performance.now();
const testSteps = steps.filter((step) => step.tests);
const cpuSteps = steps.filter((step) => step.cpu);
const lanes = [
  ...steps.filter((step) => !step.cpu && !step.tests).map((step) => run(step).then((result) => [result])),
  testLane(testSteps),
  // Beside the tests, one check at a time; alone, one per core.
  inLanes(cpuSteps, testSteps.length > 0 ? 1 : availableParallelism()),
];
const results = (await Promise.all(lanes)).flat();

for (const { step, code, output } of results) {
  if (step.streams || output.trim() === '' || (step.quietWhenOk && code === 0)) continue;
  process.stdout.write(`\n── ${step.name}\n${output.trimEnd()}\n`);
}
const width = Math.max(...results.map((result) => result.step.name.length));
console.log(
  `\n${group === 'all' ? 'npm test' : group}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const { step, code, seconds } of results)
  console.log(
    `  ${step.name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`,
  );
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
