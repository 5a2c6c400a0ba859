import { bandsInChunks, runDeterministic } from './compute';
import type { FromWorker, ToWorker } from './sim-types';

/** Where the engine runs: a Web Worker in the app, the main thread where workers do not exist (jsdom). */
export interface EngineRunner {
  post(message: ToWorker): void;
  listen(handler: (message: FromWorker) => void): void;
  dispose(): void;
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
        later(() =>
          handler({
            type: 'run-result',
            job: message.job,
            results: message.items.map((item) => ({
              key: item.key,
              outcome: runDeterministic(item.scenario),
            })),
          }),
        );
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
            handler({
              type: 'bands-progress',
              job: message.job,
              key: message.item.key,
              outcome: step.value.outcome,
              done: step.value.done,
              total: message.draws,
            });
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

/**
 * Workers when the platform has them. A worker that cannot start (a page loaded from a file:// URL
 * where module workers are refused) falls back to the main thread, replaying what it was sent, so the
 * charts still work, only less smoothly; the console says why.
 */
export function createRunner(): EngineRunner {
  if (typeof Worker === 'undefined') return createInlineRunner();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'engine' });
  } catch (error) {
    console.error('The engine worker could not start; running on the main thread.', error);
    return createInlineRunner();
  }
  let fallback: EngineRunner | undefined;
  let handler: (message: FromWorker) => void = () => {};
  let answered = false;
  const sent: ToWorker[] = [];
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    answered = true;
    sent.length = 0;
    handler(event.data);
  };
  worker.onerror = (event) => {
    if (answered || fallback) return;
    console.error('The engine worker failed to start; running on the main thread.', event.message);
    worker.terminate();
    fallback = createInlineRunner();
    fallback.listen(handler);
    for (const message of sent.splice(0)) fallback.post(message);
  };
  return {
    post: (message) => {
      if (fallback) return fallback.post(message);
      if (!answered) sent.push(message);
      worker.postMessage(message);
    },
    listen: (fn) => {
      handler = fn;
      fallback?.listen(fn);
    },
    dispose: () => {
      worker.terminate();
      fallback?.dispose();
    },
  };
}
