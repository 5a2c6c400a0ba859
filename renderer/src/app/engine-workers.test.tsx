// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreset, PRESETS } from '../../../shared/catalogue';
import { parseTarget } from '../../../shared/optimize';
import { HandlerWorker } from '../test-handler-worker';
import { connectCompare } from '../features/compare/use-compare-engine';
import { useBacktest } from '../features/model-info/use-backtest';
import { usePlanSearch } from '../features/plan/use-plan-search';
import type { SimSnapshot } from '../sim/sim-client';
import type { SimInputs } from '../sim/sim-controller';
import { connectSim } from '../sim/sim-controller';
import type { VisibleScenario } from '../sim/visible-scenarios';
import { installFakeApi } from '../test-utils';
import { createAppStore } from '../store';

const target = parseTarget('IC:S>=0.5@2035');
if (!target.ok) throw new Error(target.error.reason);
const [baseline, escalation] = [PRESETS[0]!, getPreset('push-under-escalation')!];

afterEach(() => {
  vi.unstubAllGlobals();
  delete (navigator as { hardwareConcurrency?: number }).hardwareConcurrency;
});

describe('the app’s engine workers', () => {
  // Before the pool, each of these made its own: the editor one per core, the comparison two, the
  // plan finder one and the backtest one (six on two cores, eight on four or more).
  it('are one per core, up to four, whatever is open: editor, comparison, plan finder and backtest', async () => {
    vi.stubGlobal('Worker', HandlerWorker);
    // A two-core machine (the pool reads the cores when it is first asked for a lane).
    Object.defineProperty(navigator, 'hardwareConcurrency', { configurable: true, value: 2 });
    HandlerWorker.made = [];

    // The editor, its bands split over the pool's workers.
    let sim: SimSnapshot<VisibleScenario> | undefined;
    const editor: SimInputs = {
      scenario: baseline,
      showBaseline: false,
      compared: [],
      libraryPackages: [],
      settings: { draws: 40 },
      setSim: (snapshot) => (sim = snapshot),
    };
    const stopSim = connectSim({ getState: () => editor, subscribe: () => () => {} }, undefined, 0);

    // The comparison, with lines, bands and an attribution.
    installFakeApi();
    const store = createAppStore();
    const compare = connectCompare(store);
    compare.client.request([baseline, escalation], baseline.seed, 40);
    const attribution = compare.client.attribution(baseline, escalation);

    // The plan finder searching, and the model page's backtest drawing its bands.
    const plan = renderHook(() => usePlanSearch());
    act(() => plan.result.current.find({ scenario: escalation, targets: [target.value], draws: 3000 }));
    const backtest = renderHook(() => useBacktest(2));

    // Everything is asked for and answered while the search goes on, on two workers.
    await vi.waitFor(
      () => {
        const bands = sim?.bands.get(sim.items[0]!.key);
        expect(bands && bands.done).toBe(40);
        expect(store.getState().compareSnapshot?.bands.size).toBe(2);
      },
      { timeout: 30_000 },
    );
    expect((await attribution).ok).toBe(true);
    expect(plan.result.current.state.phase).toBe('running');
    expect(HandlerWorker.made).toHaveLength(2);
    const longJobs = HandlerWorker.made.map(
      (worker) =>
        worker.posted.filter((m) => m.type === 'draws' || m.type === 'plan' || m.type === 'bands').length,
    );
    // Draws (2), the comparison's bands (2), the search and the backtest: spread over both workers.
    expect(longJobs.reduce((sum, count) => sum + count, 0)).toBe(6);
    expect(Math.min(...longJobs)).toBeGreaterThanOrEqual(2);

    // Closing the views cancels their jobs; the workers stay for the next view.
    act(() => plan.result.current.cancel());
    await vi.waitFor(() => expect(plan.result.current.state.phase).toBe('failed'), { timeout: 30_000 });
    plan.unmount();
    backtest.unmount();
    compare.stop();
    stopSim();
    expect(HandlerWorker.made.some((worker) => worker.terminated)).toBe(false);
  });
});
