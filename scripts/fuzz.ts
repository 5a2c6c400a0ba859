import fc from 'fast-check';
import { checkMutant, mutantArbitrary, mutate } from '../test/fuzz/file-format-fuzz';

/**
 * `npm run fuzz [-- --seconds N] [--seed S]`: the file-format fuzz target of the test suite, for minutes
 * instead of seconds, with a report: mutants tried, outcomes by kind (refusals by error kind, files
 * validate refused, files accepted and run), time per mutant and the heap. Fails (exit 1) on any
 * exception or NaN, and when one mutant takes over 2 s or the heap passes 300 MB.
 */
const TIME_LIMIT_MS = 2000;
const HEAP_LIMIT_MB = 300;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

const seconds = option('seconds', 120);
const seed = option('seed', Date.now() % 2 ** 31);
const kinds = new Map<string, number>();
let mutants = 0;
let slowest = 0;
let heapPeak = 0;
let failure: string | undefined;
const started = performance.now();
let round = 0;
while (performance.now() - started < seconds * 1000 && failure === undefined) {
  for (const mutant of fc.sample(mutantArbitrary, { seed: seed + round++, numRuns: 200 })) {
    const bytes = mutate(mutant);
    const t0 = performance.now();
    try {
      const { kind } = checkMutant(bytes);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    } catch (error) {
      failure = `${(error as Error).message}\nmutant: ${JSON.stringify(mutant)}`;
      break;
    }
    const took = performance.now() - t0;
    slowest = Math.max(slowest, took);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed / 1024 / 1024);
    mutants++;
    if (took > TIME_LIMIT_MS) failure = `a mutant took ${took.toFixed(0)} ms: ${JSON.stringify(mutant)}`;
    if (heapPeak > HEAP_LIMIT_MB) failure = `the heap reached ${heapPeak.toFixed(0)} MB`;
  }
}
const elapsed = (performance.now() - started) / 1000;
console.log(`file-format fuzz: ${mutants} mutants in ${elapsed.toFixed(1)} s (seed ${seed})`);
for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kind.padEnd(24)} ${String(count).padStart(7)}  ${((count / mutants) * 100).toFixed(1)} %`);
console.log(
  `  slowest mutant ${slowest.toFixed(1)} ms (limit ${TIME_LIMIT_MS}), heap peak ${heapPeak.toFixed(0)} MB (limit ${HEAP_LIMIT_MB})`,
);
if (failure !== undefined) {
  console.error(`FAILED: ${failure}`);
  process.exitCode = 1;
}
