import { comparisonAttribution, comparisonBands, comparisonGoalSeek, comparisonRun } from './compare-compute';
import type { FromCompareWorker, ToCompareWorker } from './compare-protocol';

/**
 * The comparison engine's message loop, the same in a worker and on the main thread (jsdom). Runs
 * answer at once and together; bands follow scenario by scenario, with `pause` between chunks of draws
 * so that a `cancel` or a newer comparison stops them within one chunk.
 */
export function createCompareHandler(post: (message: FromCompareWorker) => void, pause: () => Promise<void>) {
  let runJob = -1;
  return async (message: ToCompareWorker): Promise<void> => {
    switch (message.type) {
      case 'compare-run': {
        const { job, items, seed, draws } = message;
        runJob = job;
        const runs = items
          .filter((item) => item.run)
          .map((item) => ({ key: item.key, outcome: comparisonRun(item.scenario) }));
        if (runs.length) post({ type: 'run-result', job, results: runs });
        for (const item of items) {
          if (!item.bands) continue;
          for (const step of comparisonBands(item.scenario, seed, draws)) {
            if (step !== 'chunk') {
              post({ type: 'bands-result', job, key: item.key, seed, draws, outcome: step });
              break;
            }
            await pause();
            if (runJob !== job) return;
          }
          await pause();
          if (runJob !== job) return;
        }
        return;
      }
      case 'attribution':
        post({
          type: 'attribution-result',
          job: message.job,
          outcome: comparisonAttribution(message.reference, message.other),
        });
        return;
      case 'goal-seek':
        post({
          type: 'goal-seek-result',
          job: message.job,
          outcome: comparisonGoalSeek(message.scenario, message.request),
        });
        return;
      case 'cancel':
        if (runJob === message.job) runJob = -1;
        return;
    }
  };
}
