import { bandsInChunks, runDeterministic } from './compute';
import type { FromWorker, ToWorker } from './sim-types';

// The engine off the main thread. Deterministic runs answer at once; Monte Carlo bands run in chunks
// with a yield between them, so a `cancel` (new input) stops them within one chunk.
declare const self: {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let bandsJob = -1;

function post(message: FromWorker): void {
  self.postMessage(message);
}

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runBands(message: Extract<ToWorker, { type: 'bands' }>): Promise<void> {
  bandsJob = message.job;
  for (const step of bandsInChunks(message.item.scenario, message.draws)) {
    if (bandsJob !== message.job) return;
    if (step !== 'chunk') {
      post({
        type: 'bands-progress',
        job: message.job,
        key: message.item.key,
        outcome: step.outcome,
        done: step.done,
        total: message.draws,
      });
    }
    await yieldToMessages();
    if (bandsJob !== message.job) return;
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'run':
      post({
        type: 'run-result',
        job: message.job,
        results: message.items.map((item) => ({ key: item.key, outcome: runDeterministic(item.scenario) })),
      });
      break;
    case 'bands':
      void runBands(message);
      break;
    case 'cancel':
      if (bandsJob === message.job) bandsJob = -1;
      break;
  }
};
