import { createEngineHandler, yieldToMessages } from './engine-handler';
import type { EngineReply, EngineRequest } from './protocol';
import { transferables } from './transferables';

/** Where the engine runs: a Web Worker in the app, the main thread where workers do not exist (jsdom). */
export interface EngineRunner {
  post(message: EngineRequest): void;
  listen(handler: (message: EngineReply) => void): void;
  dispose(): void;
}

/** The same protocol on the main thread, answering asynchronously like a worker would. */
export function createInlineRunner(): EngineRunner {
  let handler: (message: EngineReply) => void = () => {};
  let disposed = false;
  const handle = createEngineHandler((reply) => {
    if (!disposed) handler(reply);
  }, yieldToMessages);
  return {
    post: (message) => {
      void yieldToMessages().then(() => (disposed ? undefined : handle(message)));
    },
    listen: (fn) => {
      handler = fn;
    },
    dispose: () => {
      disposed = true;
    },
  };
}

/** How a worker is made: the app's module worker by default; tests pass their own. */
export type WorkerFactory = (name: string) => Worker;

const engineWorker: WorkerFactory = (name) =>
  new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name });

/** The job number of the empty run that tells when a new worker has started (its answer is dropped). */
const WARM_UP = -1;

/**
 * A worker when the platform has them, made when the first message is sent: a page that opens on a
 * scenario draws its first charts before any worker competes for the CPU with loading its script.
 * Until the worker has started (loading its script takes longer
 * than a deterministic run), runs are answered on the main thread, so the first chart has its lines
 * at once. A worker that cannot start (a page loaded from a file:// URL where module workers are
 * refused) falls back to the main thread, replaying what it was sent, so the charts still work, only
 * less smoothly; the console says why.
 */
export function createRunner(name: string, makeWorker: WorkerFactory = engineWorker): EngineRunner {
  if (typeof Worker === 'undefined') return createInlineRunner();
  let started: EngineRunner | undefined;
  let handler: (message: EngineReply) => void = () => {};
  let disposed = false;
  return {
    post: (message) => {
      if (disposed) return;
      if (!started) {
        started = startWorker(name, makeWorker);
        started.listen((reply) => handler(reply));
      }
      started.post(message);
    },
    listen: (fn) => {
      handler = fn;
    },
    dispose: () => {
      disposed = true;
      started?.dispose();
    },
  };
}

function startWorker(name: string, makeWorker: WorkerFactory): EngineRunner {
  let worker: Worker;
  try {
    worker = makeWorker(name);
  } catch (error) {
    console.error(`The ${name} worker could not start; running on the main thread.`, error);
    return createInlineRunner();
  }
  let fallback: EngineRunner | undefined;
  let handler: (message: EngineReply) => void = () => {};
  let answered = false;
  const sent: EngineRequest[] = [];
  const starting = createInlineRunner();
  starting.listen((message) => handler(message));
  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    answered = true;
    sent.length = 0;
    if (event.data.job !== WARM_UP) handler(event.data);
  };
  worker.postMessage({ type: 'run', job: WARM_UP, items: [] } satisfies EngineRequest);
  worker.onerror = (event) => {
    if (answered || fallback) return;
    console.error(`The ${name} worker failed to start; running on the main thread.`, event.message);
    worker.terminate();
    fallback = createInlineRunner();
    fallback.listen(handler);
    for (const message of sent.splice(0)) fallback.post(message);
  };
  return {
    post: (message) => {
      if (fallback) return fallback.post(message);
      if (!answered && message.type === 'run') return starting.post(message);
      // Kept to replay on the main thread if the worker fails to start, so not transferred until it has.
      if (!answered) sent.push(message);
      worker.postMessage(message, answered ? transferables(message) : []);
    },
    listen: (fn) => {
      handler = fn;
      fallback?.listen(fn);
    },
    dispose: () => {
      worker.terminate();
      starting.dispose();
      fallback?.dispose();
    },
  };
}
