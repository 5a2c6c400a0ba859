import { createPlanHandler } from './plan-handler';
import type { FromPlanWorker, ToPlanWorker } from './plan-protocol';

// The plan finder off the main thread (see plan-handler.ts).
declare const self: {
  postMessage(message: FromPlanWorker): void;
  onmessage: ((event: MessageEvent<ToPlanWorker>) => void) | null;
};

const handle = createPlanHandler(
  (message) => self.postMessage(message),
  () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
);

self.onmessage = (event: MessageEvent<ToPlanWorker>) => void handle(event.data);
