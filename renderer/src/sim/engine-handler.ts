import { attribution, bandsInChunks, runDeterministic, seekGoal } from './engine-tasks';
import type { EngineReply, EngineRequest } from './protocol';

/**
 * The engine's message loop, the same in a worker and on the main thread. Runs, attributions and goal
 * seeks answer at once; one Monte Carlo job runs at a time, in chunks with `pause` between them, so a
 * `cancel` or a newer `bands` request stops it within one chunk.
 */
export function createEngineHandler(post: (reply: EngineReply) => void, pause: () => Promise<void>) {
  let bandsJob = -1;

  async function runBands(message: Extract<EngineRequest, { type: 'bands' }>): Promise<void> {
    bandsJob = message.job;
    const { job, item, seed, draws, checkpoints } = message;
    for (const step of bandsInChunks(item.scenario, seed, checkpoints)) {
      if (bandsJob !== job) return;
      if (step !== 'chunk') {
        post({
          type: 'bands-progress',
          job,
          key: item.key,
          seed,
          done: step.done,
          total: draws,
          outcome: step.outcome,
        });
      }
      await pause();
    }
    if (bandsJob === job) bandsJob = -1;
  }

  return (message: EngineRequest): Promise<void> | void => {
    switch (message.type) {
      case 'run':
        post({
          type: 'run-result',
          job: message.job,
          results: message.items.map((item) => ({ key: item.key, outcome: runDeterministic(item.scenario) })),
        });
        return;
      case 'bands':
        return runBands(message);
      case 'attribution':
        post({
          type: 'attribution-result',
          job: message.job,
          outcome: attribution(message.reference, message.other),
        });
        return;
      case 'goal-seek':
        post({
          type: 'goal-seek-result',
          job: message.job,
          outcome: seekGoal(message.scenario, message.request),
        });
        return;
      case 'cancel':
        if (bandsJob === message.job) bandsJob = -1;
        return;
    }
  };
}

/** A macrotask break: lets waiting messages (a cancel, a new run) in between two chunks of draws. */
export const yieldToMessages = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
