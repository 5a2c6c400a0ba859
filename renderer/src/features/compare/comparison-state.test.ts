import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../../shared/catalogue';
import { BASELINE_SLOT, slotOfIdentity } from '../../../../shared/charts';
import type { BandOutputs, CompareError, RunOutputs } from '../../../../shared/compare';
import type { Scenario } from '../../../../shared/domain/scenario';
import type { Result } from '../../../../shared/result';
import { bandsKey } from '../../sim/compare-client';
import { bandsInChunks, runDeterministic } from '../../sim/engine-tasks';
import { contentKey } from '../../sim/protocol';
import type { ComparisonInput } from './comparison-state';
import { comparisonState } from './comparison-state';

const [baseline, escalation, , push] = PRESETS as Scenario[];
const docs = Object.fromEntries([baseline!, escalation!, push!].map((scenario) => [scenario.id, scenario]));
const ids = [baseline!.id, escalation!.id, push!.id];
const runs = new Map<string, Result<RunOutputs, CompareError>>(
  Object.values(docs).map((scenario) => [
    contentKey(scenario),
    runDeterministic(scenario) as Result<RunOutputs, CompareError>,
  ]),
);

function bandsOf(scenario: Scenario, seed: number, draws: number): Result<BandOutputs, CompareError> {
  const steps = [...bandsInChunks(scenario, seed, [draws])];
  const last = steps[steps.length - 1];
  return (last === 'chunk' ? undefined : last?.outcome) as Result<BandOutputs, CompareError>;
}

const input = (patch: Partial<ComparisonInput> = {}): ComparisonInput => ({
  ids,
  referenceId: baseline!.id,
  docs,
  snapshot: { runs, bands: new Map() },
  draws: 20,
  discountRate: 0.03,
  displayName: (scenario) => scenario.name,
  ...patch,
});

describe('comparison state', () => {
  it('waits for two scenarios, their documents and their runs', () => {
    expect(comparisonState(input({ ids: [baseline!.id] })).kind).toBe('too-few');
    expect(comparisonState(input({ docs: { [baseline!.id]: baseline! } })).kind).toBe('loading');
    expect(comparisonState(input({ snapshot: null })).kind).toBe('running');
  });

  it('refuses scenarios that cannot be compared, naming the one that differs', () => {
    const longer = { ...push!, horizon: 10 };
    const state = comparisonState(input({ docs: { ...docs, [push!.id]: longer } }));
    expect(state.kind === 'incomparable' && state.error).toMatchObject({
      kind: 'different-years',
      name: 'Self-reliance push',
    });
  });

  it('shows lines before bands, then bands on the reference’s seed only', () => {
    const lines = comparisonState(input());
    expect(lines.kind).toBe('ready');
    if (lines.kind !== 'ready') return;
    expect(lines.banded).toBe(0);
    expect(lines.model.targets.rows[0]!.cells[0]![0]!.probability).toBeNull();

    const onSeed = new Map(
      Object.values(docs).map((scenario) => [
        bandsKey(contentKey(scenario), scenario.seed, 20),
        bandsOf(scenario, scenario.seed, 20),
      ]),
    );
    const banded = comparisonState(input({ snapshot: { runs, bands: onSeed } }));
    expect(banded.kind === 'ready' && banded.banded).toBe(3);
    expect(banded.kind === 'ready' && banded.model.trajectories.draws).toBe(20);
    // Bands of another draw count are not these bands.
    const otherDraws = comparisonState(input({ snapshot: { runs, bands: onSeed }, draws: 40 }));
    expect(otherDraws.kind === 'ready' && otherDraws.banded).toBe(0);
  });

  it('switches the reference without new runs: same lines, differences measured from the new reference', () => {
    const first = comparisonState(input());
    const second = comparisonState(input({ referenceId: push!.id }));
    if (first.kind !== 'ready' || second.kind !== 'ready') throw new Error('not ready');
    expect(second.model.referenceId).toBe(push!.id);
    expect(
      second.model.scenarios.map((scenario) => [scenario.label, scenario.reference, scenario.colorIndex]),
    ).toEqual([
      // Each keeps its own identity whichever is the reference: the Baseline grey, the others their own.
      ['Baseline', false, BASELINE_SLOT],
      ['Escalation', false, slotOfIdentity('vermillion')],
      ['Self-reliance push', true, slotOfIdentity('blue')],
    ]);
    expect(second.model.trajectories.scenarios[2]!.aggregateS.values).toEqual(
      first.model.trajectories.scenarios[2]!.aggregateS.values,
    );
    expect(second.model.diffs.map((diff) => diff.label)).toEqual(['Baseline', 'Escalation']);
  });

  it('shows scenarios under their display names', () => {
    const state = comparisonState(input({ displayName: (scenario) => `«${scenario.name}»` }));
    expect(state.kind === 'ready' && state.model.scenarios.map((scenario) => scenario.label)).toEqual([
      '«Baseline»',
      '«Escalation»',
      '«Self-reliance push»',
    ]);
  });
});
