import { getCatalogue, getPreset } from '../shared/catalogue';
import type { Scenario } from '../shared/domain/scenario';
import { attributeDifference } from '../shared/engine/attribution';
import { MODEL_VERSION } from '../shared/engine/model-version';
import { runMonteCarlo } from '../shared/engine/monte-carlo';
import { prepareScenario } from '../shared/engine/prepare-scenario';
import { runPrepared } from '../shared/engine/run-prepared';
import { parseScenarioFile, serializeScenarioFile } from '../shared/file-format';
import { availableParallelism } from 'node:os';
import { createMonteCarloPool } from '../cli/parallel/monte-carlo-pool';
import { measure, measureAsync } from './measure';

export interface BenchFigure {
  readonly name: string;
  readonly median: number;
  readonly p95: number;
  readonly target: number;
  readonly unit: 'ms';
}

function prepared(name: string) {
  const result = prepareScenario(getPreset(name)!, getCatalogue('default-2025')!);
  if (!result.ok) throw new Error(`cannot prepare ${name}`);
  return result.value;
}

/** A file of `count` distinct scenarios (preset variants), as a colleague might send. */
export function thousandScenarioFile(count = 1000): string {
  const presets = [
    'baseline',
    'escalation',
    'de-escalation-and-cooperation',
    'self-reliance-push',
    'push-under-escalation',
  ].map((n) => getPreset(n)!);
  const scenarios: Scenario[] = Array.from({ length: count }, (_, i) => {
    const preset = presets[i % presets.length]!;
    return { ...preset, id: `bench-${String(i).padStart(4, '0')}`, name: `${preset.name} ${i}`, seed: i };
  });
  return serializeScenarioFile(scenarios, {
    exportedAt: '2026-11-28T00:00:00.000Z',
    appVersion: '0.1.0',
    modelVersion: MODEL_VERSION,
  });
}

/** The engine benchmarks with their targets on a 2-core machine (foundation issue; the deterministic run ≤ 0.35 ms from issue 12). */
export async function runEngineBench(): Promise<BenchFigure[]> {
  const baseline = prepared('baseline');
  const escalation = prepared('push-under-escalation');
  const file = thousandScenarioFile();
  const figures: BenchFigure[] = [];
  const add = async (name: string, target: number, fn: () => unknown, time?: number): Promise<void> => {
    const { median, p95 } = await measure(name, fn, { time });
    figures.push({ name, median, p95, target, unit: 'ms' });
  };
  await add('deterministic run (11 sectors, 15 years, dt = 1/12)', 0.35, () =>
    runPrepared(baseline, { recordOpenIds: false }),
  );
  await add('Monte Carlo, 500 draws', 150, () => runMonteCarlo(baseline, { seed: 1, draws: 500 }), 8000);
  const pool = createMonteCarloPool(Math.min(2, availableParallelism()));
  try {
    const scenario = getPreset('baseline')!;
    const catalogue = getCatalogue('default-2025')!;
    await pool.run(scenario, catalogue, { seed: 1, draws: 500 });
    const { median, p95 } = await measureAsync(
      `Monte Carlo, 500 draws on ${pool.threads} worker threads`,
      () => pool.run(scenario, catalogue, { seed: 1, draws: 500 }),
      8000,
    );
    figures.push({
      name: `Monte Carlo, 500 draws on ${pool.threads} worker threads`,
      median,
      p95,
      target: 150,
      unit: 'ms',
    });
  } finally {
    await pool.close();
  }
  await add(
    'attribution between two presets (2^7 runs)',
    60,
    () => attributeDifference(baseline, escalation),
    4000,
  );
  await add(
    'parse a 1,000-scenario file',
    1000,
    () => {
      const parsed = parseScenarioFile(file);
      if (!parsed.ok) throw new Error('bench file does not parse');
    },
    6000,
  );
  return figures;
}
