import { describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../../shared/catalogue';
import type { DrawRunner } from '../../../shared/optimize';
import { localDrawRunner, parseTarget } from '../../../shared/optimize';
import { yieldToMessages } from './engine-handler';
import { planTask } from './plan-task';
import type { EngineReply } from './protocol';
import { contentKey } from './protocol';
import { createInlineRunner } from './runner';

const target = parseTarget('IC:S>=0.5@2035');
if (!target.ok) throw new Error(target.error.reason);
const scenario = getPreset('push-under-escalation')!;
const item = { key: contentKey(scenario), scenario };
/** 3000 draws: the first reading alone is 60 waves of 50, seconds of drawing if a cancel waited for them. */
const problem = { scenario, targets: [target.value], draws: 3000 };

/** The engine's runner on this thread, its replies kept, resolved when `done` says so. */
function runner() {
  const engine = createInlineRunner();
  const replies: EngineReply[] = [];
  let waiting: { until: (reply: EngineReply) => boolean; resolve: () => void } | undefined;
  engine.listen((reply) => {
    replies.push(reply);
    if (waiting?.until(reply)) waiting.resolve();
  });
  const reply = (until: (reply: EngineReply) => boolean) =>
    new Promise<void>((resolve) => {
      waiting = { until, resolve };
    });
  return { engine, replies, reply };
}

describe('a plan search as a job of the engine runner', () => {
  it('hears a cancel after the wave of draws in progress, not after the reading’s last', async () => {
    const local = localDrawRunner(getCatalogue(scenario.catalogue)!);
    let drawn = 0;
    const counted: DrawRunner = (...wave) => {
      drawn += 1;
      return local(...wave);
    };
    let progress = 0;
    // Cancelled once the first wave is drawn: the 59 waves the reading has already asked for are not.
    const outcome = await planTask(
      problem,
      { cancelled: () => drawn >= 1, pause: yieldToMessages, onProgress: () => (progress += 1) },
      counted,
    );
    expect(outcome).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(drawn).toBe(1);
    expect(progress).toBe(0);
  });

  it('answers a run sent while a search runs, then hears its cancel and answers "cancelled"', async () => {
    const { engine, replies, reply } = runner();
    const answered = reply((message) => message.type === 'plan-result');
    engine.post({ type: 'plan', job: 1, problem });
    engine.post({ type: 'run', job: 2, items: [item] });
    engine.post({ type: 'cancel', job: 1 });
    await answered;
    expect(replies.map((message) => message.type)).toEqual(['run-result', 'plan-result']);
    expect(replies.at(-1)).toEqual({
      type: 'plan-result',
      job: 1,
      outcome: { ok: false, error: { kind: 'cancelled' } },
    });
    engine.dispose();
  });

  // A worker is shared by every feature (engine-pool.ts): a newer long job runs beside the search,
  // which only its own cancel stops (before the pool, a newer long job stopped it).
  it('runs beside a newer long job, which completes, and stops only at its own cancel', async () => {
    const { engine, replies, reply } = runner();
    const bandsDone = reply((message) => message.type === 'bands-progress' && message.done === 20);
    engine.post({ type: 'plan', job: 1, problem });
    engine.post({ type: 'bands', job: 2, item, seed: scenario.seed, draws: 20, checkpoints: [20] });
    await bandsDone;
    expect(replies.some((message) => message.type === 'plan-result')).toBe(false);
    const answered = reply((message) => message.type === 'plan-result');
    engine.post({ type: 'cancel', job: 1 });
    await answered;
    expect(replies.at(-1)).toEqual({
      type: 'plan-result',
      job: 1,
      outcome: { ok: false, error: { kind: 'cancelled' } },
    });
    engine.dispose();
  });
});
