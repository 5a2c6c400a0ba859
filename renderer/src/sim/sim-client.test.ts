import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import { setInputSchedule } from '../../../shared/domain/scenario-edits';
import type { EngineReply, EngineRequest } from './protocol';
import { contentKey } from './protocol';
import type { EngineRunner } from './runner';
import { createInlineRunner } from './runner';
import type { SimSnapshot } from './sim-client';
import { SimClient } from './sim-client';

/** A runner that holds messages until the test answers them, like a busy worker. */
function manualRunner() {
  const sent: EngineRequest[] = [];
  let handler: (message: EngineReply) => void = () => {};
  const runner: EngineRunner = {
    post: (message) => sent.push(message),
    listen: (fn) => (handler = fn),
    dispose: () => {},
  };
  const inline = createInlineRunner();
  inline.listen((message) => handler(message));
  return { runner, sent, answer: (message: EngineRequest) => inline.post(message) };
}

const item = (scenario: Scenario) => ({ key: contentKey(scenario), scenario });
const withRestriction = (value: number) => setInputSchedule(PRESETS[0]!, 'IC', 'restriction', value);

afterEach(() => vi.useRealTimers());

describe('sim client', () => {
  it('coalesces inputs while a run is in flight: only the latest is run and drawn', async () => {
    const det = manualRunner();
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      runner: det.runner,
      bandRunner: createInlineRunner(),
      onUpdate: (s) => updates.push(s),
      settleMs: 10_000,
    });
    client.request([item(withRestriction(0.1))], 1);
    client.request([item(withRestriction(0.2))], 2);
    client.request([item(withRestriction(0.3))], 3);
    expect(det.sent).toHaveLength(1);
    det.answer(det.sent[0]!);
    await vi.waitFor(() => expect(det.sent).toHaveLength(2));
    const second = det.sent[1]!;
    expect(second.type === 'run' && second.items.map((i) => i.key)).toEqual([
      contentKey(withRestriction(0.3)),
    ]);
    det.answer(second);
    await vi.waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]!.version).toBe(3);
    expect([...updates[0]!.runs.keys()]).toEqual([contentKey(withRestriction(0.3))]);
    client.dispose();
  });

  it('reruns nothing for inputs it has seen (undo, the baseline, compared scenarios)', async () => {
    const det = manualRunner();
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      runner: det.runner,
      bandRunner: createInlineRunner(),
      onUpdate: (s) => updates.push(s),
      settleMs: 10_000,
    });
    client.request([item(withRestriction(0.1)), item(PRESETS[0]!)], 1);
    det.answer(det.sent[0]!);
    await vi.waitFor(() => expect(updates).toHaveLength(1));
    client.request([item(withRestriction(0.2)), item(PRESETS[0]!)], 2);
    const run = det.sent[1]!;
    expect(run.type === 'run' && run.items).toHaveLength(1);
    det.answer(run);
    await vi.waitFor(() => expect(updates).toHaveLength(2));
    client.request([item(withRestriction(0.1)), item(PRESETS[0]!)], 3);
    expect(det.sent).toHaveLength(2);
    expect(updates.at(-1)!.version).toBe(3);
    client.dispose();
  });

  it('refines bands only after the inputs settle, progressively, and stops on new input', async () => {
    vi.useFakeTimers();
    const bands = manualRunner();
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      runner: createInlineRunner(),
      bandRunner: bands.runner,
      onUpdate: (s) => updates.push(s),
      settleMs: 200,
      draws: () => 100,
    });
    client.request([item(withRestriction(0.5))], 1);
    await vi.advanceTimersByTimeAsync(150);
    expect(bands.sent).toHaveLength(0);
    client.request([item(withRestriction(0.6))], 2);
    await vi.advanceTimersByTimeAsync(150);
    expect(bands.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(bands.sent.map((m) => m.type)).toEqual(['bands']);
    bands.answer(bands.sent[0]!);
    const done = () => updates.at(-1)!.bands.get(contentKey(withRestriction(0.6)))?.done;
    for (let i = 0; i < 20 && done() === undefined; i++) await vi.advanceTimersToNextTimerAsync();
    expect(done()).toBe(25);
    client.request([item(withRestriction(0.7))], 3);
    expect(bands.sent.map((m) => m.type)).toEqual(['bands', 'cancel']);
    await vi.advanceTimersByTimeAsync(5000);
    const partial = updates
      .map((u) => u.bands.get(contentKey(withRestriction(0.6)))?.done)
      .filter((d) => d !== undefined);
    expect(partial.length).toBeGreaterThan(0);
    expect(Math.max(...(partial as number[]))).toBeLessThan(100);
    client.dispose();
  });

  it('delivers the bands of 25, then all draws', async () => {
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      runner: createInlineRunner(),
      bandRunner: createInlineRunner(),
      onUpdate: (s) => updates.push(s),
      settleMs: 0,
      draws: () => 60,
    });
    const it = item(PRESETS[1]!);
    client.request([it], 1);
    await vi.waitFor(() => expect(updates.at(-1)?.bands.get(it.key)?.done).toBe(60), { timeout: 20_000 });
    const done = updates.map((u) => u.bands.get(it.key)?.done).filter(Boolean);
    expect(done).toEqual([25, 60]);
    const state = updates.at(-1)!.bands.get(it.key)!;
    expect(state.outcome.ok && state.outcome.value.aggregateS.p10.length).toBe(16);
    client.dispose();
  });

  it('refines two scenarios at once, one on each runner (both cores), once the inputs are quiet', async () => {
    const det = manualRunner();
    const bands = manualRunner();
    const client = new SimClient({
      runner: det.runner,
      bandRunner: bands.runner,
      onUpdate: () => {},
      settleMs: 0,
    });
    const a = item(withRestriction(0.2));
    const b = item(withRestriction(0.4));
    client.request([a, b, a], 1);
    await vi.waitFor(() => expect(bands.sent.filter((m) => m.type === 'bands')).toHaveLength(1));
    const onBands = bands.sent.find((m) => m.type === 'bands');
    const onRuns = det.sent.filter((m) => m.type === 'bands');
    expect(onBands?.type === 'bands' && onBands.item.key).toBe(a.key);
    expect(onRuns.map((m) => m.type === 'bands' && m.item.key)).toEqual([b.key]);
    // New input cancels both.
    client.request([item(withRestriction(0.3))], 2);
    expect(bands.sent.at(-1)?.type).toBe('cancel');
    expect(det.sent.some((m) => m.type === 'cancel')).toBe(true);
    client.dispose();
  });
});
