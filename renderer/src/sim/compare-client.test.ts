import { describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../../../shared/catalogue';
import type { CompareSnapshot } from './compare-client';
import { CompareClient } from './compare-client';
import { bandsKey } from './compare-client';
import type { EngineRequest } from './protocol';
import { contentKey } from './protocol';
import type { EngineRunner } from './runner';
import { createInlineRunner } from './runner';

/** The inline engine, recording what it was asked. */
function recorded() {
  const sent: EngineRequest[] = [];
  const inner = createInlineRunner();
  const runner: EngineRunner = {
    post: (message) => (sent.push(message), inner.post(message)),
    listen: (fn) => inner.listen(fn),
    dispose: () => inner.dispose(),
  };
  return { runner, sent };
}

const [baseline, escalation] = PRESETS;
const seed = baseline!.seed;

describe('compare client', () => {
  it('runs each scenario once, then its bands on the comparison’s seed, and serves a switch of reference from its cache', async () => {
    const runs = recorded();
    const analysis = recorded();
    const updates: CompareSnapshot[] = [];
    const client = new CompareClient({
      runner: runs.runner,
      analysisRunner: analysis.runner,
      onUpdate: (snapshot) => updates.push(snapshot),
    });
    client.request([baseline!, escalation!], seed, 20);
    const done = () => updates.at(-1)?.bands.size === 2;
    await vi.waitFor(() => expect(done()).toBe(true), { timeout: 20_000 });
    const last = updates.at(-1)!;
    expect([...last.runs.keys()]).toEqual([contentKey(baseline!), contentKey(escalation!)]);
    expect(last.bands.get(bandsKey(contentKey(escalation!), seed, 20))?.ok).toBe(true);
    // Lines first (both in one message), then one update per scenario's bands.
    expect(updates[0]!.runs.size).toBe(2);
    expect(updates[0]!.bands.size).toBe(0);

    const before = runs.sent.length;
    client.request([escalation!, baseline!], seed, 20);
    expect(runs.sent.slice(before)).toEqual([]);
    expect(updates.at(-1)!.bands.size).toBe(2);

    // Another seed needs new bands (common random numbers), not new runs: one scenario at a time.
    client.request([baseline!, escalation!], seed + 1, 20);
    const asked = runs.sent.slice(before);
    expect(asked.map((message) => message.type)).toEqual(['bands']);
    expect(asked[0]!.type === 'bands' && [asked[0]!.seed, asked[0]!.draws, asked[0]!.checkpoints]).toEqual([
      seed + 1,
      20,
      [20],
    ]);
    await vi.waitFor(() => expect(updates.at(-1)!.bands.size).toBe(4), { timeout: 20_000 });
    expect(runs.sent.slice(before).map((message) => message.type)).toEqual(['bands', 'bands']);
    client.dispose();
  });

  it('answers attribution once per pair and cancels the bands of a comparison that was replaced', async () => {
    const runs = recorded();
    const analysis = recorded();
    const client = new CompareClient({
      runner: runs.runner,
      analysisRunner: analysis.runner,
      onUpdate: () => {},
    });
    const [first, second] = await Promise.all([
      client.attribution(baseline!, escalation!),
      client.attribution(baseline!, escalation!),
    ]);
    expect(first).toBe(second);
    expect(first.ok && first.value.groups).toContain('restriction');
    expect(analysis.sent).toHaveLength(1);

    client.request([baseline!, escalation!], seed, 200);
    // The baseline's bands go on (still compared); the escalation's queued bands are dropped.
    client.request([baseline!, PRESETS[3]!], seed, 200);
    expect(runs.sent.map((message) => message.type)).toEqual(['run', 'bands', 'run']);
    const escalationKey = contentKey(escalation!);
    expect(runs.sent.some((message) => message.type === 'bands' && message.item.key === escalationKey)).toBe(
      false,
    );
    // A selection without the running scenario cancels its bands.
    client.request([escalation!, PRESETS[3]!], seed, 200);
    expect(runs.sent.map((message) => message.type)).toEqual(['run', 'bands', 'run', 'cancel', 'bands']);
    client.dispose();
  });
});
