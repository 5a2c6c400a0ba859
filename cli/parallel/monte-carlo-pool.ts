import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** A worker running the bundled file beside this one when built, else the TypeScript source via tsx. */
function startWorker(): Worker {
  const bundled = join(__dirname, 'monte-carlo-worker.cjs');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = join(__dirname, 'monte-carlo-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
}

/**
 * Monte Carlo draws split over worker threads that stay alive between runs (a worker takes tens of
 * milliseconds to start). Draw i depends only on (seed, i), so the merged result equals a
 * single-thread run exactly.
 */
export function createMonteCarloPool(threads: number) {
  const workers = Array.from({ length: Math.max(1, threads) }, startWorker);
  let nextId = 0;
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
      const per = Math.ceil(draws / workers.length);
      const jobs = workers
        .map((worker, w) => ({ worker, from: w * per, to: Math.min(draws, (w + 1) * per) }))
        .filter((job) => job.from < job.to)
        .map(({ worker, from, to }) =>
          submit(worker, {
            scenario,
            seed: options.seed,
            from,
            to,
            targets: DEFAULT_TARGETS,
            stepsPerYear: options.stepsPerYear,
          }),
        );
      const parts = await Promise.all(jobs);
      const failed = parts.find((part) => !part.ok);
      if (failed && !failed.ok) return failed;
      return ok(
        summarizeDraws(
          parts.map((part) => (part as { ok: true; value: DrawSamples }).value),
          monteCarloMeta(prepared.value, options.seed),
        ),
      );
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
      const per = Math.ceil((range.to - range.from) / workers.length);
      const parts = await Promise.all(
        workers
          .map((worker, w) => ({
            worker,
            from: range.from + w * per,
            to: Math.min(range.to, range.from + (w + 1) * per),
          }))
          .filter((job) => job.from < job.to)
          .map(({ worker, from, to }) =>
            submit(worker, {
              scenario,
              seed: range.seed,
              from,
              to,
              targets: [],
              stepsPerYear: range.stepsPerYear,
            }),
          ),
      );
      const failed = parts.find((part) => !part.ok);
      if (failed && !failed.ok) return failed;
      return ok(parts.map((part) => (part as { ok: true; value: DrawSamples }).value));
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
