import type { DrawSamples } from '../../../shared/engine/monte-carlo-draws';
import {
  attribution,
  bandsFromDraws,
  bandsInChunks,
  drawsInChunks,
  runDeterministic,
  seekGoal,
} from './engine-tasks';
import { planTask } from './plan-task';
import type { EngineReply, EngineRequest } from './protocol';

/**
 * The engine's message loop, the same in a worker and on the main thread. Runs, attributions and goal
 * seeks answer at once. Long jobs (bands, draws, plan searches) run side by side, each in chunks with
 * `pause` between them, so several jobs share the thread chunk by chunk (a worker is shared by every
 * feature, see engine-pool.ts) and the `cancel` of one stops that job alone within one chunk or wave
 * of draws.
 */
export function createEngineHandler(post: (reply: EngineReply) => void, pause: () => Promise<void>) {
  /** The long jobs running: the one rule by which every kind hears its cancel. */
  const running = new Set<number>();
  const stopped = (job: number) => !running.has(job);
  /** The draws gathered so far by summarize job. */
  const gathered = new Map<number, DrawSamples[]>();

  function summarize(message: Extract<EngineRequest, { type: 'summarize' }>): void {
    const parts = [...(gathered.get(message.job) ?? []), ...message.parts].sort((a, b) => a.from - b.from);
    if (message.final) gathered.delete(message.job);
    else gathered.set(message.job, parts);
    post({
      type: 'bands-progress',
      job: message.job,
      key: message.item.key,
      seed: message.seed,
      done: parts.reduce((count, part) => count + part.to - part.from, 0),
      total: message.total,
      outcome: bandsFromDraws(message.item.scenario, message.seed, parts, message.item.modelVersion),
    });
  }

  /** One Monte Carlo job: its steps in chunks, `pause` between them, until done or cancelled. */
  async function runInChunks<Step>(
    job: number,
    steps: Iterable<Step | 'chunk'>,
    send: (step: Step) => void,
  ): Promise<void> {
    running.add(job);
    for (const step of steps) {
      if (stopped(job)) return;
      if (step !== 'chunk') send(step);
      await pause();
    }
    running.delete(job);
  }

  /** A plan search: its waves of draws yield with `pause`, and each asks whether the job still runs. */
  async function plan(message: Extract<EngineRequest, { type: 'plan' }>): Promise<void> {
    const { job, problem } = message;
    running.add(job);
    const outcome = await planTask(problem, {
      cancelled: () => stopped(job),
      pause,
      onProgress: (progress) => post({ type: 'plan-progress', job, progress }),
    });
    running.delete(job);
    post({ type: 'plan-result', job, outcome });
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
      case 'bands': {
        const { job, item, seed, draws, checkpoints } = message;
        const steps = bandsInChunks(item.scenario, seed, checkpoints, undefined, item.modelVersion);
        return runInChunks(job, steps, (step) =>
          post({
            type: 'bands-progress',
            job,
            key: item.key,
            seed,
            done: step.done,
            total: draws,
            outcome: step.outcome,
          }),
        );
      }
      case 'draws': {
        const { job, item, seed, from, to, checkpoints } = message;
        const steps = drawsInChunks(
          item.scenario,
          { seed, from, to },
          checkpoints,
          undefined,
          item.modelVersion,
        );
        return runInChunks(job, steps, (step) =>
          post({ type: 'draws-progress', job, key: item.key, ...step }),
        );
      }
      case 'summarize':
        return summarize(message);
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
      case 'plan':
        return plan(message);
      case 'cancel':
        running.delete(message.job);
        gathered.delete(message.job);
        return;
    }
  };
}

/**
 * A macrotask break: lets waiting messages (a cancel, a new run) in between two chunks of draws. A
 * message to itself rather than `setTimeout(0)`, which browsers clamp to 4 ms once nested: fifty
 * chunks would wait 200 ms for nothing.
 */
export const yieldToMessages = (): Promise<void> => {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
};
