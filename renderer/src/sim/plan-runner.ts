import { createPlanHandler } from './plan-handler';
import type { FromPlanWorker, ToPlanWorker } from './plan-protocol';

/** Where the plan finder runs: a Web Worker of its own in the app, the main thread where there are none (jsdom). */
export interface PlanRunner {
  post(message: ToPlanWorker): void;
  listen(handler: (message: FromPlanWorker) => void): void;
  dispose(): void;
}

function createPlanWorkerRunner(): PlanRunner {
  const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module', name: 'plan' });
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent<FromPlanWorker>) => handler(event.data);
    },
    dispose: () => worker.terminate(),
  };
}

function createPlanInlineRunner(): PlanRunner {
  let handler: (message: FromPlanWorker) => void = () => {};
  let disposed = false;
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const handle = createPlanHandler((message) => !disposed && handler(message), pause);
  return {
    post: (message) => void pause().then(() => (disposed ? undefined : handle(message))),
    listen: (fn) => {
      handler = fn;
    },
    dispose: () => {
      disposed = true;
    },
  };
}

export function createPlanRunner(): PlanRunner {
  return typeof Worker === 'undefined' ? createPlanInlineRunner() : createPlanWorkerRunner();
}
