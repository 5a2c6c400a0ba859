import { createCompareHandler } from './compare-handler';
import type { FromCompareWorker, ToCompareWorker } from './compare-protocol';

/** Where the comparison engine runs: a Web Worker in the app, the main thread where there are none (jsdom). */
export interface CompareRunner {
  post(message: ToCompareWorker): void;
  listen(handler: (message: FromCompareWorker) => void): void;
  dispose(): void;
}

export function createCompareWorkerRunner(): CompareRunner {
  const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), {
    type: 'module',
    name: 'compare',
  });
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent<FromCompareWorker>) => handler(event.data);
    },
    dispose: () => worker.terminate(),
  };
}

/** The same protocol on the main thread, answering asynchronously like a worker would. */
export function createCompareInlineRunner(): CompareRunner {
  let handler: (message: FromCompareWorker) => void = () => {};
  let disposed = false;
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const handle = createCompareHandler((message) => !disposed && handler(message), pause);
  return {
    post: (message) => {
      void pause().then(() => (disposed ? undefined : handle(message)));
    },
    listen: (fn) => {
      handler = fn;
    },
    dispose: () => {
      disposed = true;
    },
  };
}

export function createCompareRunner(): CompareRunner {
  return typeof Worker === 'undefined' ? createCompareInlineRunner() : createCompareWorkerRunner();
}
