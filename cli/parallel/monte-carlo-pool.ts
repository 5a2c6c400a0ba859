import { Worker } from 'node:worker_threads';
import { workerCode } from '../../services/worker-code';
import type { Catalogue } from '../../shared/catalogue/types';
import type { Scenario } from '../../shared/domain/scenario';
import type { EngineError } from '../../shared/engine/engine-error';
import type { MonteCarloResult } from '../../shared/engine/monte-carlo';
import { DEFAULT_DRAWS, monteCarloMeta, summarizeDraws } from '../../shared/engine/monte-carlo';
import type { DrawSamples } from '../../shared/engine/monte-carlo-draws';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { DEFAULT_TARGETS } from '../../shared/engine/targets';
import type { Result } from '../../shared/result';
import { ok } from '../../shared/result';
import type { SimulationResult } from '../../shared/engine/simulation-result';
import type { CentralJob, DrawJob } from './monte-carlo-worker';

type JobResult = Result<DrawSamples, EngineError & { draw?: number }>;

/** A worker running the bundled file beside this one when built, else its sources bundled in memory. */
function startWorker(): Worker {
  return new Worker(workerCode(__dirname, 'monte-carlo-worker'), { eval: true });
}

/** Draw ranges per thread: enough that a thread slowed by other work hands its share to the others. */
const CHUNKS_PER_THREAD = 4;
/** Below this a range's fixed cost (message, preparing the scenario) starts to count. */
const MIN_CHUNK = 16;

/** Consecutive ranges covering from … to − 1, about CHUNKS_PER_THREAD per thread. */
export function drawChunks(from: number, to: number, threads: number): { from: number; to: number }[] {
  const total = Math.max(0, to - from);
  const size = Math.max(MIN_CHUNK, Math.ceil(total / (threads * CHUNKS_PER_THREAD)));
  const chunks: { from: number; to: number }[] = [];
  for (let at = from; at < to; at += size) chunks.push({ from: at, to: Math.min(to, at + size) });
  return chunks;
}

/**
 * Monte Carlo draws split over worker threads that stay alive between runs (a worker takes tens of
 * milliseconds to start). Draw i depends only on (seed, i), so the merged result equals a
 * single-thread run exactly. The draws go out in several consecutive ranges per thread, each thread
 * taking the next range when it finishes one, so a thread that another process slows down (or that
 * meets the draws needing a smaller step) does not hold up the others.
 */
export function createMonteCarloPool(threads: number) {
  const workers = Array.from({ length: Math.max(1, threads) }, startWorker);
  let nextId = 0;
  /** Each run's ranges share a key, so a worker prepares the scenario once per run, not per range. */
  let nextRun = 0;
  /** Each job's caller knows the type of its reply (draws, or central runs). */
  const pending = new Map<number, (result: unknown) => void>();
  for (const worker of workers) {
    worker.on('message', (message: { id: number; result: JobResult }) => {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    });
    // A crashed worker must not leave its callers waiting forever.
    worker.on('error', (error) => {
      for (const [id, resolve] of pending) {
        resolve({ ok: false, error: { kind: 'worker-failed', reason: error.message } });
        pending.delete(id);
      }
    });
  }
  const submit = (worker: Worker, job: Omit<DrawJob, 'id'>): Promise<JobResult> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, (result) => resolve(result as JobResult));
      worker.postMessage({ ...job, id });
    });
  /**
   * Draws from … to − 1 as consecutive ranges, handed to whichever worker is free; the parts come back
   * in draw order. After a range fails no new range starts; the failure reported is that of the first
   * failing range (ranges start in order, so every range before it has run), as on one thread.
   */
  const collectRanges = async (
    job: Omit<DrawJob, 'id' | 'from' | 'to' | 'run'>,
    from: number,
    to: number,
  ): Promise<Result<DrawSamples[], EngineError & { draw?: number }>> => {
    const run = nextRun++;
    const chunks = drawChunks(from, to, workers.length);
    const results: JobResult[] = [];
    let next = 0;
    let failed = false;
    const drain = async (worker: Worker): Promise<void> => {
      while (next < chunks.length && !failed) {
        const index = next++;
        const result = await submit(worker, { ...job, ...chunks[index]!, run });
        results[index] = result;
        if (!result.ok) failed = true;
      }
    };
    await Promise.all(workers.map(drain));
    const parts: DrawSamples[] = [];
    for (const result of results) {
      if (!result.ok) return result;
      parts.push(result.value);
    }
    return ok(parts);
  };

  return {
    threads: workers.length,
    async run(
      scenario: Scenario,
      catalogue: Catalogue,
      options: { readonly draws?: number; readonly seed: number; readonly stepsPerYear?: number },
    ): Promise<Result<MonteCarloResult, EngineError & { draw?: number }>> {
      const prepared = prepareScenario(scenario, catalogue);
      if (!prepared.ok) return prepared;
      const draws = Math.max(1, options.draws ?? DEFAULT_DRAWS);
      const parts = await collectRanges(
        { scenario, seed: options.seed, targets: DEFAULT_TARGETS, stepsPerYear: options.stepsPerYear },
        0,
        draws,
      );
      if (!parts.ok) return parts;
      return ok(summarizeDraws(parts.value, monteCarloMeta(prepared.value, options.seed)));
    },
    /**
     * Draws `from … to − 1` split over the threads, as raw samples in draw order (the plan finder reads
     * each draw's outcome, not the bands).
     */
    async collect(
      scenario: Scenario,
      range: {
        readonly seed: number;
        readonly from: number;
        readonly to: number;
        readonly stepsPerYear?: number;
      },
    ): Promise<Result<DrawSamples[], EngineError & { draw?: number }>> {
      return collectRanges(
        { scenario, seed: range.seed, targets: [], stepsPerYear: range.stepsPerYear },
        range.from,
        range.to,
      );
    },
    /**
     * Central runs of several scenarios, split into one contiguous share per thread; the results come
     * back in the order asked (the plan finder's pre-screen, see `CentralRunner`).
     */
    async central(
      scenarios: readonly Scenario[],
      stepsPerYear: number | undefined,
    ): Promise<Result<SimulationResult, EngineError>[]> {
      const per = Math.ceil(scenarios.length / workers.length);
      const shares = await Promise.all(
        workers
          .map((worker, w) => ({ worker, share: scenarios.slice(w * per, (w + 1) * per) }))
          .filter(({ share }) => share.length > 0)
          .map(
            ({ worker, share }) =>
              new Promise<Result<SimulationResult, EngineError>[]>((resolve) => {
                const id = nextId++;
                // A crashed worker answers with one failure, which stands for each run of its share.
                pending.set(id, (result) =>
                  resolve(
                    Array.isArray(result)
                      ? (result as Result<SimulationResult, EngineError>[])
                      : share.map(() => result as Result<SimulationResult, EngineError>),
                  ),
                );
                const job: CentralJob = { id, kind: 'central', scenarios: share, stepsPerYear };
                worker.postMessage(job);
              }),
          ),
      );
      return shares.flat();
    },
    close: () => Promise.all(workers.map((worker) => worker.terminate())).then(() => undefined),
  };
}

export type MonteCarloPool = ReturnType<typeof createMonteCarloPool>;
