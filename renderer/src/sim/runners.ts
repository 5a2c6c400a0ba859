import { bandsInChunks, runDeterministic } from './compute';
import type { FromWorker, ToWorker } from './sim-types';

/** Where the engine runs: a Web Worker in the app, the main thread where workers do not exist (jsdom). */
export interface EngineRunner {
  post(message: ToWorker): void;
  listen(handler: (message: FromWorker) => void): void;
  dispose(): void;
}

export function createWorkerRunner(): EngineRunner {
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => handler(event.data);
    },
    dispose: () => worker.terminate(),
  };
}

/** The same protocol on the main thread, answering asynchronously like a worker would. */
export function createInlineRunner(): EngineRunner {
  let handler: (message: FromWorker) => void = () => {};
  let bandsJob = -1;
  let disposed = false;
  const later = (fn: () => void) => setTimeout(() => !disposed && fn(), 0);
  return {
    post: (message) => {
      if (message.type === 'run') {
        later(() => handler({ type: 'run-result', job: message.job, results: message.items.map((item) => ({ key: item.key, outcome: runDeterministic(item.scenario) })) }));
      } else if (message.type === 'cancel') {
        if (bandsJob === message.job) bandsJob = -1;
      } else {
        bandsJob = message.job;
        const steps = bandsInChunks(message.item.scenario, message.draws);
        const next = () => {
          if (bandsJob !== message.job) return;
          const step = steps.next();
          if (step.done) return;
          if (step.value !== 'chunk') {
            handler({ type: 'bands-progress', job: message.job, key: message.item.key, outcome: step.value.outcome, done: step.value.done, total: message.draws });
          }
          later(next);
        };
        later(next);
      }
    },
    listen: (fn) => {
      handler = fn;
    },
    dispose: () => {
      disposed = true;
    },
  };
}

/** Workers when the platform has them. */
export function createRunner(): EngineRunner {
  return typeof Worker === 'undefined' ? createInlineRunner() : createWorkerRunner();
}
