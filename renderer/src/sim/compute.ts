import { getCatalogue } from '../../../shared/catalogue';
import type { Scenario } from '../../../shared/domain/scenario';
import type { PreparedScenario } from '../../../shared/engine';
import { prepareScenario, runPrepared } from '../../../shared/engine';
import { DEFAULT_TARGETS } from '../../../shared/engine/targets';
import type { DrawSamples } from '../../../shared/engine/monte-carlo-draws';
import { collectDraws } from '../../../shared/engine/monte-carlo-draws';
import { monteCarloMeta, summarizeDraws } from '../../../shared/engine/monte-carlo';
import type { Bands, Outcome, Trajectory } from './sim-types';

function prepare(scenario: Scenario): Outcome<PreparedScenario> {
  const catalogue = getCatalogue(scenario.catalogue);
  if (!catalogue) return { ok: false, error: { kind: 'unknown-catalogue', catalogue: scenario.catalogue } };
  return prepareScenario(scenario, catalogue);
}

/** One deterministic run, reduced to what the charts draw. */
export function runDeterministic(scenario: Scenario): Outcome<Trajectory> {
  const prepared = prepare(scenario);
  if (!prepared.ok) return prepared;
  const run = runPrepared(prepared.value, { recordOpenIds: false });
  if (!run.ok) return run;
  const { years, sectorIds, S, C, aggregateS, chokepointsOpen, notices } = run.value;
  return { ok: true, value: { years, sectorIds, S, C, aggregateS, chokepointsOpen, notices } };
}

/** Draw counts at which partial bands are shown: early enough to see, few enough to stay cheap. */
export function checkpoints(total: number): number[] {
  const marks = [25, 100, 250].filter((mark) => mark < total);
  return [...marks, total];
}

/**
 * Monte Carlo bands computed in chunks: yields the bands so far at each checkpoint, so a caller can
 * show them progressively and stop between chunks when the input changes.
 */
export function* bandsInChunks(
  scenario: Scenario,
  total: number,
  chunk = 10,
): Generator<{ outcome: Outcome<Bands>; done: number } | 'chunk'> {
  const prepared = prepare(scenario);
  if (!prepared.ok) {
    yield { outcome: prepared, done: 0 };
    return;
  }
  const meta = monteCarloMeta(prepared.value, scenario.seed);
  const parts: DrawSamples[] = [];
  const marks = checkpoints(total);
  let done = 0;
  for (const mark of marks) {
    while (done < mark) {
      const to = Math.min(mark, done + chunk);
      const samples = collectDraws(prepared.value, {
        seed: scenario.seed,
        from: done,
        to,
        targets: DEFAULT_TARGETS,
      });
      if (!samples.ok) {
        yield { outcome: samples, done };
        return;
      }
      parts.push(samples.value);
      done = to;
      if (done < mark) yield 'chunk';
    }
    const summary = summarizeDraws(parts, meta);
    const { S, C, aggregateS, chokepointsOpen } = summary;
    yield { outcome: { ok: true, value: { draws: done, S, C, aggregateS, chokepointsOpen } }, done };
  }
}
