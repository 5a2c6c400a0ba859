import type { LayerScenario, ViewSlot } from '../../../../shared/charts';
import { BASELINE_SLOT, ownSlot, viewSlots } from '../../../../shared/charts';
import type { BandState } from '../../sim/sim-client';
import type { Outcome, Trajectory } from '../../sim/sim-types';
import type { VisibleScenario } from '../../sim/visible-scenarios';

/** One visible scenario with its results, as the charts consume it. */
export type ChartScenario = LayerScenario & {
  readonly bandsTotal: number;
};

/**
 * Where the editor draws its scenarios: each library scenario in the identity stored with it (as in
 * Compare, the slides and the exports), the baseline in the neutral grey. Two that own the same
 * identity: the later one is drawn in a free slot (`viewSlots`), as Compare does.
 */
export function visibleSlots(
  visible: readonly Pick<VisibleScenario, 'id' | 'role' | 'scenario'>[],
): Readonly<Record<string, ViewSlot>> {
  return viewSlots(
    visible.map((entry) => ({
      id: entry.id,
      own: entry.role === 'baseline' ? BASELINE_SLOT : ownSlot(entry.scenario),
    })),
  );
}

/**
 * Pairs visible scenarios with their results and identities (`visibleSlots`); the edited one is the
 * reference (heavier line, shaded band).
 */
export function chartScenarios(
  visible: readonly VisibleScenario[],
  runs: ReadonlyMap<string, Outcome<Trajectory>>,
  bands: ReadonlyMap<string, BandState>,
): ChartScenario[] {
  const slots = visibleSlots(visible);
  return visible.map((entry) => {
    const run = runs.get(entry.key);
    const band = bands.get(entry.key);
    return {
      id: entry.id,
      role: entry.role,
      label: entry.name,
      reference: entry.role === 'edited',
      baseline: entry.role === 'baseline',
      colorIndex: slots[entry.id]?.slot ?? 0,
      runKey: entry.key,
      bandsKey: band?.outcome.ok ? entry.key : '',
      run: run?.ok ? run.value : undefined,
      bands: band?.outcome.ok ? band.outcome.value : undefined,
      bandsDone: band?.outcome.ok ? band.done : 0,
      bandsTotal: band?.total ?? 0,
    };
  });
}

/** The value of a series in its last year. */
export function last(values: ArrayLike<number>, years: number, sector = -1): number {
  return values[(sector < 0 ? 0 : sector * years) + years - 1]!;
}

export function first(values: ArrayLike<number>, years: number, sector = -1): number {
  return values[sector < 0 ? 0 : sector * years]!;
}
