import { createCompareHandler } from './compare-handler';
import type { FromCompareWorker, ToCompareWorker } from './compare-protocol';

// The comparison engine off the main thread (see compare-handler.ts).
declare const self: {
  postMessage(message: FromCompareWorker): void;
  onmessage: ((event: MessageEvent<ToCompareWorker>) => void) | null;
};

const handle = createCompareHandler(
  (message) => self.postMessage(message),
  () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
);

self.onmessage = (event: MessageEvent<ToCompareWorker>) => void handle(event.data);
