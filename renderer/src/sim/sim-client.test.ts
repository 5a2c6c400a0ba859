import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCatalogue, PRESETS } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import { setInputSchedule } from '../../../shared/domain/scenario-edits';
import { runMonteCarlo } from '../../../shared/engine/monte-carlo';
import { prepareScenario } from '../../../shared/engine/prepare-scenario';
import { runDeterministic } from './engine-tasks';
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
  let answered = 0;
  return {
    runner,
    sent,
    answer: (message: EngineRequest) => inline.post(message),
    /** Answers every message not answered yet. */
    answerAll: () => {
      for (const message of sent.slice(answered)) inline.post(message);
      answered = sent.length;
    },
  };
}

const item = (scenario: Scenario) => ({ key: contentKey(scenario), scenario });
const withRestriction = (value: number) => setInputSchedule(PRESETS[0]!, 'IC', 'restriction', value);
const drawsSent = (sent: readonly EngineRequest[]) =>
  sent.flatMap((m) => (m.type === 'draws' ? [[m.item.key, m.from, m.to] as const] : []));

afterEach(() => vi.useRealTimers());

describe('sim client', () => {
  it('runs new inputs at once and hands the runs over before returning', () => {
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      run: runDeterministic,
      lanes: [manualRunner().runner],
      onUpdate: (s) => updates.push(s),
      settleMs: 10_000,
    });
    client.request([item(withRestriction(0.3)), item(PRESETS[0]!)], 3);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.version).toBe(3);
    const run = updates[0]!.runs.get(contentKey(withRestriction(0.3)));
    expect(run?.ok && run.value.aggregateS.length).toBe(16);
    expect(updates[0]!.runs.size).toBe(2);
    client.dispose();
  });

  it('reruns nothing for inputs it has seen (undo, the baseline, compared scenarios)', () => {
    const run = vi.fn(runDeterministic);
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      run,
      lanes: [manualRunner().runner],
      onUpdate: (s) => updates.push(s),
      settleMs: 10_000,
    });
    client.request([item(withRestriction(0.1)), item(PRESETS[0]!)], 1);
    client.request([item(withRestriction(0.2)), item(PRESETS[0]!)], 2);
    client.request([item(withRestriction(0.1)), item(PRESETS[0]!)], 3);
    expect(run).toHaveBeenCalledTimes(3);
    expect(updates.at(-1)!.version).toBe(3);
    expect(updates.at(-1)!.runs.size).toBe(2);
    client.dispose();
  });

  it('refines bands only after the inputs settle, split over every lane, and stops on new input', async () => {
    vi.useFakeTimers();
    const lanes = [manualRunner(), manualRunner()];
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      run: runDeterministic,
      lanes: lanes.map((lane) => lane.runner),
      onUpdate: (s) => updates.push(s),
      settleMs: 200,
      draws: () => 100,
    });
    const key = contentKey(withRestriction(0.6));
    client.request([item(withRestriction(0.5))], 1);
    await vi.advanceTimersByTimeAsync(150);
    client.request([item(withRestriction(0.6))], 2);
    await vi.advanceTimersByTimeAsync(150);
    expect(lanes.flatMap((lane) => lane.sent)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(drawsSent(lanes[0]!.sent)).toEqual([[key, 0, 50]]);
    expect(drawsSent(lanes[1]!.sent)).toEqual([[key, 50, 100]]);
    for (const lane of lanes) lane.answerAll();
    vi.useRealTimers();
    // Both lanes' first samples (13 of 50 draws each) go to the first lane to be summarized.
    await vi.waitFor(() => expect(lanes[0]!.sent.at(-1)?.type).toBe('summarize'), { timeout: 10_000 });
    lanes[0]!.answerAll();
    await vi.waitFor(() => expect(updates.at(-1)!.bands.get(key)?.done).toBe(26), { timeout: 10_000 });
    const summary = lanes[0]!.sent.findLast((m) => m.type === 'summarize')!;
    client.request([item(withRestriction(0.7))], 3);
    // The summary under way is cancelled (and any lane still drawing).
    expect(lanes[0]!.sent.at(-1)).toEqual({ type: 'cancel', job: summary.job });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const partial = updates.map((u) => u.bands.get(key)?.done ?? 0);
    expect(Math.max(...partial)).toBeLessThan(100);
    client.dispose();
  });

  it('merges the lanes into the bands one thread would give, refining progressively', async () => {
    const updates: SimSnapshot[] = [];
    const client = new SimClient({
      run: runDeterministic,
      lanes: [createInlineRunner(), createInlineRunner()],
      onUpdate: (s) => updates.push(s),
      settleMs: 0,
      draws: () => 60,
    });
    const it = item(PRESETS[1]!);
    client.request([it], 1);
    await vi.waitFor(() => expect(updates.at(-1)?.bands.get(it.key)?.done).toBe(60), { timeout: 20_000 });
    // Marks at 25 and all draws, reached by both lanes together (13 + 13, then 30 + 30).
    const done = [...new Set(updates.map((u) => u.bands.get(it.key)?.done).filter(Boolean))];
    expect(done).toEqual([26, 60]);
    const state = updates.at(-1)!.bands.get(it.key)!;
    const prepared = prepareScenario(PRESETS[1]!, getCatalogue(PRESETS[1]!.catalogue)!);
    const single = prepared.ok && runMonteCarlo(prepared.value, { seed: PRESETS[1]!.seed, draws: 60 });
    expect(single && single.ok).toBe(true);
    if (!state.outcome.ok || !single || !single.ok) return;
    expect(state.outcome.value.S).toEqual(single.value.S);
    expect(state.outcome.value.aggregateS).toEqual(single.value.aggregateS);
    expect(state.outcome.value.targetProbability).toEqual(single.value.targetProbability);
    client.dispose();
  });

  it('refines the visible scenarios one after another, each on both lanes', async () => {
    const lanes = [manualRunner(), manualRunner()];
    const client = new SimClient({
      run: runDeterministic,
      lanes: lanes.map((lane) => lane.runner),
      onUpdate: () => {},
      settleMs: 0,
      draws: () => 20,
    });
    const a = item(withRestriction(0.2));
    const b = item(withRestriction(0.4));
    client.request([a, b, a], 1);
    await vi.waitFor(() => expect(drawsSent(lanes[0]!.sent)).toHaveLength(1));
    expect(drawsSent(lanes[1]!.sent)).toEqual([[a.key, 10, 20]]);
    await vi.waitFor(
      () => {
        for (const lane of lanes) lane.answerAll();
        expect(drawsSent(lanes[0]!.sent)).toHaveLength(2);
      },
      { timeout: 10_000 },
    );
    expect(drawsSent(lanes[0]!.sent)[1]).toEqual([b.key, 0, 10]);
    expect(drawsSent(lanes[1]!.sent)[1]).toEqual([b.key, 10, 20]);
    client.dispose();
  });
});
