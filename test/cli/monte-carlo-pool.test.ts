import { afterAll, describe, expect, it } from 'vitest';
import { createMonteCarloPool, drawChunks } from '../../cli/parallel/monte-carlo-pool';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { runMonteCarlo } from '../../shared/engine/monte-carlo';
import { prepareScenario } from '../../shared/engine/prepare-scenario';
import { runScenario } from '../../shared/engine/run-scenario';

const pool = createMonteCarloPool(2);
afterAll(() => pool.close());

describe('Monte Carlo over worker threads', () => {
  it('splits draws into consecutive ranges, several per thread, that cover each draw once', () => {
    const chunks = drawChunks(7, 507, 2);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]!.from).toBe(7);
    expect(chunks.at(-1)!.to).toBe(507);
    chunks.slice(1).forEach((chunk, i) => expect(chunk.from).toBe(chunks[i]!.to));
    expect(drawChunks(0, 5, 2)).toEqual([{ from: 0, to: 5 }]);
    expect(drawChunks(3, 3, 2)).toEqual([]);
  });

  // 41 draws make three ranges for two threads: one thread takes a second range.
  it('gives exactly the single-thread result', async () => {
    const catalogue = getCatalogue('default-2025')!;
    const scenario = getPreset('push-under-escalation')!;
    const parallel = await pool.run(scenario, catalogue, { draws: 41, seed: 9 });
    const prepared = prepareScenario(scenario, catalogue);
    if (!prepared.ok) throw new Error('prepare');
    const single = runMonteCarlo(prepared.value, { draws: 41, seed: 9 });
    expect(parallel).toEqual(single);
  });

  it('runs central runs on the threads, each as on this one, in the order asked', async () => {
    const catalogue = getCatalogue('default-2025')!;
    const scenarios = ['baseline', 'push-under-escalation', 'baseline'].map((id) => getPreset(id)!);
    const stepsPerYear = 4;
    const runs = await pool.central(scenarios, stepsPerYear);
    expect(runs).toEqual(
      scenarios.map((scenario) => runScenario(scenario, catalogue, { stepsPerYear, recordOpenIds: false })),
    );
    expect(runs[0]).not.toEqual(runs[1]);
  });
});
