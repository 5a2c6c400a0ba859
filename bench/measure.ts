import { Bench } from 'tinybench';

export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
}

/** Median and 95th-percentile latency (ms) of `fn`, measured by tinybench after its warm-up. */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  options: { time?: number; iterations?: number } = {},
): Promise<Timing> {
  const bench = new Bench({
    time: options.time ?? 1500,
    iterations: options.iterations ?? 20,
    warmup: true,
    retainSamples: true,
  });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (!result || !('latency' in result)) throw new Error(`benchmark ${name} did not complete`);
  const samples = result.latency.samples ?? [];
  return { median: result.latency.p50, p95: percentile(samples, 0.95), samples: samples.length };
}

/** Like `measure`, for an asynchronous `fn` (tinybench awaits it). */
export async function measureAsync(name: string, fn: () => Promise<unknown>, time = 1500): Promise<Timing> {
  return measure(name, fn, { time });
}

function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
