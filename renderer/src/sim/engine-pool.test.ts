import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreset, PRESETS } from '../../../shared/catalogue';
import { parseTarget } from '../../../shared/optimize';
import { HandlerWorker } from '../test-handler-worker';
import { createEnginePool, poolSize } from './engine-pool';
import type { EngineReply, EngineRequest } from './protocol';
import { contentKey } from './protocol';
import type { EngineRunner } from './runner';
import { createInlineRunner, createRunner } from './runner';

/** A pool of `size` stand-in workers behind the app's `createRunner` (warm-up, placement, routing). */
function poolOfWorkers(size: number) {
  vi.stubGlobal('Worker', HandlerWorker);
  HandlerWorker.made = [];
  return createEnginePool({
    size,
    makeRunner: (name) => createRunner(name, () => new HandlerWorker() as unknown as Worker),
  });
}

/** A lane's replies, and a promise for the first reply that satisfies `until`. */
function listen(lane: EngineRunner) {
  const replies: EngineReply[] = [];
  const waiting: { until: (reply: EngineReply) => boolean; resolve: () => void }[] = [];
  lane.listen((reply) => {
    replies.push(reply);
    for (const wait of waiting.filter((w) => w.until(reply))) wait.resolve();
  });
  const when = (until: (reply: EngineReply) => boolean) =>
    new Promise<void>((resolve) => waiting.push({ until, resolve }));
  return { replies, when };
}

const [first, second] = [PRESETS[0]!, getPreset('push-under-escalation')!];
const itemOf = (scenario: typeof first) => ({ key: contentKey(scenario), scenario });
const bands = (job: number, scenario: typeof first, draws: number, checkpoints = [10, 20, draws]) =>
  ({ type: 'bands', job, item: itemOf(scenario), seed: scenario.seed, draws, checkpoints }) as const;
const finished = (reply: EngineReply) => reply.type === 'bands-progress' && reply.done === reply.total;
const target = parseTarget('IC:S>=0.5@2035');
if (!target.ok) throw new Error(target.error.reason);
/** A search of many waves: it runs until cancelled within the test. */
const longSearch = { scenario: second, targets: [target.value], draws: 3000 };

/** The same bands on a runner of their own, to compare with. */
async function alone(request: EngineRequest): Promise<EngineReply> {
  const runner = createInlineRunner();
  const { replies, when } = listen(runner);
  runner.post(request);
  await when(finished);
  runner.dispose();
  return replies.at(-1)!;
}

afterEach(() => vi.unstubAllGlobals());

describe('engine pool', () => {
  it('runs two lanes’ long jobs on one worker side by side, each lane hearing its own replies under its own numbers', async () => {
    const pool = poolOfWorkers(1);
    const a = pool.lane();
    const b = pool.lane();
    const heardA = listen(a);
    const heardB = listen(b);
    // Both lanes number their job 1: the pool keeps them apart.
    a.post(bands(1, first, 30));
    b.post(bands(1, second, 30));
    await Promise.all([heardA.when(finished), heardB.when(finished)]);
    expect(HandlerWorker.made).toHaveLength(1);
    const poolJobs = HandlerWorker.made[0]!.posted.filter((m) => m.type === 'bands').map((m) => m.job);
    expect(new Set(poolJobs).size).toBe(2);

    for (const [heard, scenario] of [
      [heardA, first],
      [heardB, second],
    ] as const) {
      expect(heard.replies.map((reply) => reply.job)).toEqual([1, 1, 1]);
      expect(heard.replies.map((reply) => reply.type === 'bands-progress' && reply.done)).toEqual([
        10, 20, 30,
      ]);
      expect(heard.replies.every((reply) => 'key' in reply && reply.key === contentKey(scenario))).toBe(true);
      // The shared worker's answer is the one a runner of its own gives.
      expect({ ...heard.replies.at(-1)!, job: 0 }).toEqual({ ...(await alone(bands(0, scenario, 30))) });
    }
    pool.dispose();
  });

  it('interleaves the jobs chunk by chunk: the second job’s first bands come before the first job’s last', async () => {
    const pool = createEnginePool({ size: 1, makeRunner: () => createInlineRunner() });
    const order: string[] = [];
    const a = pool.lane();
    const b = pool.lane();
    a.listen((reply) => order.push(`a${reply.type === 'bands-progress' ? reply.done : ''}`));
    b.listen((reply) => order.push(`b${reply.type === 'bands-progress' ? reply.done : ''}`));
    a.post(bands(7, first, 30));
    b.post(bands(7, second, 30));
    await vi.waitFor(() => expect(order).toHaveLength(6), { timeout: 20_000 });
    expect(order.indexOf('b10')).toBeLessThan(order.indexOf('a30'));
    pool.dispose();
  });

  it('stops a lane’s job at its cancel, not the other lane’s, and answers the cancelled search to its lane', async () => {
    const pool = poolOfWorkers(1);
    const planner = pool.lane();
    const editor = pool.lane();
    const heardPlanner = listen(planner);
    const heardEditor = listen(editor);
    editor.post(bands(1, first, 30));
    planner.post({ type: 'plan', job: 1, problem: longSearch });
    await heardEditor.when((reply) => reply.type === 'bands-progress' && reply.done === 10);
    const answered = heardPlanner.when((reply) => reply.type === 'plan-result');
    planner.post({ type: 'cancel', job: 1 });
    await answered;
    expect(heardPlanner.replies.at(-1)).toEqual({
      type: 'plan-result',
      job: 1,
      outcome: { ok: false, error: { kind: 'cancelled' } },
    });
    // The editor's bands, on the same worker, go on to the end.
    await heardEditor.when(finished);
    expect(heardEditor.replies.map((reply) => reply.type === 'bands-progress' && reply.done)).toEqual([
      10, 20, 30,
    ]);
    const worker = HandlerWorker.made[0]!;
    expect(worker.posted.filter((m) => m.type === 'cancel')).toHaveLength(1);
    pool.dispose();
  });

  it('cancels a disposed lane’s jobs on the shared worker, and only those, without stopping the worker', async () => {
    const pool = poolOfWorkers(1);
    const leaving = pool.lane();
    const staying = pool.lane();
    const heardLeaving = listen(leaving);
    const heardStaying = listen(staying);
    staying.post(bands(1, second, 30));
    leaving.post(bands(1, first, 200));
    leaving.post({ type: 'plan', job: 2, problem: longSearch });
    await heardStaying.when((reply) => reply.type === 'bands-progress' && reply.done === 10);
    const worker = HandlerWorker.made[0]!;
    const [stayingJob, bandsJob, planJob] = worker.posted.filter((m) => m.job > 0).map((m) => m.job);
    leaving.dispose();
    expect(worker.posted.filter((m) => m.type === 'cancel').map((m) => m.job)).toEqual([bandsJob, planJob]);
    expect(worker.terminated).toBe(false);
    const heardBefore = heardLeaving.replies.length;
    await heardStaying.when(finished);
    expect(heardStaying.replies.map((reply) => reply.type === 'bands-progress' && reply.done)).toEqual([
      10, 20, 30,
    ]);
    expect(stayingJob).not.toBe(bandsJob);
    // The disposed lane hears nothing more (not even its search's "cancelled"), and a lane made now works.
    const fresh = pool.lane();
    const heardFresh = listen(fresh);
    fresh.post({ type: 'run', job: 1, items: [itemOf(first)] });
    await heardFresh.when((reply) => reply.type === 'run-result');
    expect(heardLeaving.replies).toHaveLength(heardBefore);
    // The worker heard both cancels: the search answered "cancelled", the bands stopped short.
    await vi.waitFor(() =>
      expect(worker.replied).toContainEqual({
        type: 'plan-result',
        job: planJob,
        outcome: { ok: false, error: { kind: 'cancelled' } },
      }),
    );
    const leftBands = worker.replied.filter(
      (reply) => reply.type === 'bands-progress' && reply.job === bandsJob,
    );
    expect(leftBands.some((reply) => reply.type === 'bands-progress' && reply.done === 200)).toBe(false);
    expect(HandlerWorker.made).toHaveLength(1);
    pool.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('places a long job on the worker with the fewest long jobs, so bands spread beside a search', async () => {
    const pool = poolOfWorkers(2);
    const planner = pool.lane();
    const lanes = [pool.lane(), pool.lane()];
    listen(planner);
    const heard = lanes.map(listen);
    planner.post({ type: 'plan', job: 1, problem: longSearch });
    lanes.forEach((lane, index) =>
      lane.post({
        type: 'draws',
        job: 1,
        item: itemOf(first),
        seed: first.seed,
        from: index * 10,
        to: index * 10 + 10,
        checkpoints: [index * 10 + 10],
      }),
    );
    const [searching, idle] = HandlerWorker.made;
    expect(HandlerWorker.made).toHaveLength(2);
    const kinds = (worker: HandlerWorker) => worker.posted.filter((m) => m.job > 0).map((m) => m.type);
    // The first range goes to the idle worker; the second, with both workers busy, to the first.
    expect(kinds(searching!)).toEqual(['plan', 'draws']);
    expect(kinds(idle!)).toEqual(['draws']);
    await Promise.all(heard.map((h) => h.when((reply) => reply.type === 'draws-progress' && reply.last)));
    // Both ranges are done: the next job goes to the idle worker again, not behind the search.
    lanes[0]!.post(bands(2, first, 10, [10]));
    expect(kinds(idle!)).toEqual(['draws', 'bands']);
    planner.post({ type: 'cancel', job: 1 });
    pool.dispose();
  });

  it('makes one worker per core, up to four, and at least one', () => {
    expect([1, 2, 3, 4, 8, 64].map(poolSize)).toEqual([1, 2, 3, 4, 4, 4]);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(undefined)).toBe(2);
  });
});
