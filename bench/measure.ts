import { Bench } from 'tinybench';

/** Median and p95 latency (ms) of `fn`, by tinybench, after its warm-up. */
export async function measure(name: string, fn: () => unknown, options: { time?: number; iterations?: number } = {}) {
  const bench = new Bench({ time: options.time ?? 1500, iterations: options.iterations ?? 20, warmup: true });
  bench.add(name, fn);
  await bench.run();
  const task = bench.tasks[0]!;
  const result = task.result;
  if (!result || !('latency' in result)) throw new Error(`benchmark ${name} did not complete: ${JSON.stringify(result)}`);
  return { median: result.latency.p50, p95: result.latency.p99 === undefined ? Number.NaN : percentile(result.latency.samples, 0.95), samples: result.latency.samples?.length ?? 0 };
}

function percentile(samples: readonly number[] | undefined, q: number): number {
  if (!samples?.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
