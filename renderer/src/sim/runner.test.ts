import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../../shared/catalogue';
import { Lru } from './lru';
import type { EngineReply, EngineRequest } from './protocol';
import { contentKey } from './protocol';
import { createRunner } from './runner';
import { transferables } from './transferables';

/** A stand-in Worker that never starts: its script fails to load, as a module worker under file:// does. */
class FailingWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  readonly posted: EngineRequest[] = [];
  terminated = false;
  postMessage(message: EngineRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  fail(): void {
    this.onerror?.({ message: 'module script refused' });
  }
}

const scenario = PRESETS[0]!;
const item = { key: contentKey(scenario), scenario };

afterEach(() => vi.unstubAllGlobals());

describe('engine runner', () => {
  it('falls back to the main thread when its worker fails to start, and answers what was already sent', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const workers: FailingWorker[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const runner = createRunner('engine', () => {
      const worker = new FailingWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const replies: EngineReply[] = [];
    runner.listen((reply) => replies.push(reply));
    // No worker competes with the page's start until the first message needs one.
    expect(workers).toHaveLength(0);
    runner.post({ type: 'bands', job: 1, item, seed: scenario.seed, draws: 12, checkpoints: [12] });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((message) => message.job)).toEqual([-1, 1]);
    workers[0]!.fail();
    expect(workers[0]!.terminated).toBe(true);
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('engine worker failed'),
      'module script refused',
    );
    await vi.waitFor(() => expect(replies).toHaveLength(1), { timeout: 10_000 });
    expect(replies[0]!.type === 'bands-progress' && replies[0]!.done).toBe(12);
    // Later requests go straight to the main thread.
    runner.post({ type: 'run', job: 2, items: [item] });
    await vi.waitFor(() => expect(replies).toHaveLength(2));
    const reply = replies[1]!;
    expect(reply.type === 'run-result' && reply.results[0]!.outcome.ok).toBe(true);
    expect(workers[0]!.posted).toHaveLength(2);
    runner.dispose();
    errors.mockRestore();
  });

  it('answers runs on the main thread while its worker starts, then hands everything to the worker', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const worker = new FailingWorker();
    const runner = createRunner('engine', () => worker as unknown as Worker);
    const replies: EngineReply[] = [];
    runner.listen((reply) => replies.push(reply));
    runner.post({ type: 'run', job: 1, items: [item] });
    await vi.waitFor(() => expect(replies.map((reply) => reply.job)).toEqual([1]));
    expect(worker.posted.map((message) => message.job)).toEqual([-1]);
    // The worker answers its warm-up (not passed on): from now on it runs everything.
    worker.onmessage?.({ data: { type: 'run-result', job: -1, results: [] } } as MessageEvent);
    runner.post({ type: 'run', job: 2, items: [item] });
    expect(worker.posted.map((message) => message.job)).toEqual([-1, 2]);
    expect(replies.map((reply) => reply.job)).toEqual([1]);
    worker.onmessage?.({ data: { type: 'run-result', job: 2, results: [] } } as MessageEvent);
    expect(replies.map((reply) => reply.job)).toEqual([1, 2]);
    runner.dispose();
  });

  it('falls back when the worker cannot even be constructed', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const runner = createRunner('bands', () => {
      throw new Error('refused');
    });
    const replies: EngineReply[] = [];
    runner.listen((reply) => replies.push(reply));
    runner.post({ type: 'run', job: 7, items: [item] });
    await vi.waitFor(() => expect(replies.map((reply) => reply.job)).toEqual([7]));
    expect(errors).toHaveBeenCalledOnce();
    runner.dispose();
    errors.mockRestore();
  });
});

describe('results cache', () => {
  it('keeps the most recently set entries up to its limit', () => {
    const cache = new Lru<number>(2);
    cache.set('a', 1).set('b', 2).set('a', 3).set('c', 4);
    expect([...cache.entries()]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });
});

describe('transferables', () => {
  it('lists every typed array buffer of a result once, and nothing of other replies', () => {
    const shared = new Float64Array(8);
    const own = new Float64Array(3);
    const reply: EngineReply = {
      type: 'bands-progress',
      job: 1,
      key: 'k',
      seed: 1,
      done: 1,
      total: 1,
      outcome: {
        ok: true,
        value: {
          draws: 1,
          seed: 1,
          S: { p10: shared.subarray(0, 4), p50: shared.subarray(4), p90: own },
          C: { p10: own, p50: own, p90: own },
          aggregateS: { p10: own, p50: own, p90: own },
          chokepointsOpen: { p10: own, p50: own, p90: own },
          targetProbability: { IC: { 'S>=0.7 by 2035': own } },
        },
      },
    };
    expect(transferables(reply)).toEqual([shared.buffer, own.buffer]);
    const samples = {
      from: 0,
      to: 1,
      sectors: 1,
      years: 1,
      targets: [],
      S: new Float64Array(1),
      C: new Float64Array(1),
      aggregateS: new Float64Array(1),
      chokepointsOpen: new Float64Array(1),
      fiscalTotal: new Float64Array(1),
      disruptionTotal: new Float64Array(1),
      substitutionTotal: new Float64Array(1),
      firstReach: new Int16Array(1),
      dt: 1,
    };
    // Raw draws travel both ways: from a lane to the page, and from the page to the summarizing lane.
    expect(
      transferables({
        type: 'draws-progress',
        job: 1,
        key: 'k',
        last: true,
        outcome: { ok: true, value: [samples] },
      }),
    ).toHaveLength(8);
    expect(
      transferables({ type: 'summarize', job: 1, item, seed: 1, total: 1, parts: [samples], final: true }),
    ).toHaveLength(8);
    expect(transferables({ type: 'cancel', job: 1 })).toEqual([]);
    expect(
      transferables({
        type: 'goal-seek-result',
        job: 1,
        outcome: { ok: false, error: { kind: 'no-target' } as never },
      }),
    ).toEqual([]);
  });
});
