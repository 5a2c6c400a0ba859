import type { ComparedScenario, ScenarioOutcome, SeriesWithBand } from './compare-types';
import { comparedScenarios } from './display-names';
import { bandSlice, sectorSlice } from './series';

export interface ScenarioTrajectories extends ComparedScenario {
  /** Per sector id. */
  readonly S: Readonly<Record<string, SeriesWithBand>>;
  readonly C: Readonly<Record<string, SeriesWithBand>>;
  readonly aggregateS: SeriesWithBand;
  readonly chokepointsOpen: SeriesWithBand;
}

/** Every compared scenario's trajectories on shared years, with P10–P90 bands where they were run. */
export interface ComparedTrajectories {
  readonly years: number[];
  readonly sectorIds: string[];
  readonly referenceId: string;
  /** Monte Carlo draws behind the bands (the smallest over the scenarios), or null without bands. */
  readonly draws: number | null;
  readonly seed: number | null;
  readonly scenarios: ScenarioTrajectories[];
}

/** Trajectories of S, C, aggregate S and open chokepoints per year, per scenario, as plain arrays. */
export function compareTrajectories(
  outcomes: readonly ScenarioOutcome[],
  referenceId: string,
): ComparedTrajectories {
  const first = outcomes[0]!.run;
  const years = first.years.length;
  const named = comparedScenarios(
    outcomes.map((outcome) => outcome.scenario),
    referenceId,
  );
  const scenarios = outcomes.map(({ run, bands }, i): ScenarioTrajectories => {
    const bySector = (variable: 'S' | 'C') =>
      Object.fromEntries(
        run.sectorIds.map((sectorId, s) => [
          sectorId,
          {
            values: sectorSlice(run[variable], s, years),
            ...(bands ? { band: bandSlice(bands[variable], s, years) } : {}),
          },
        ]),
      );
    const whole = (variable: 'aggregateS' | 'chokepointsOpen'): SeriesWithBand => ({
      values: sectorSlice(run[variable], -1, years),
      ...(bands ? { band: bandSlice(bands[variable], -1, years) } : {}),
    });
    return {
      ...named[i]!,
      S: bySector('S'),
      C: bySector('C'),
      aggregateS: whole('aggregateS'),
      chokepointsOpen: whole('chokepointsOpen'),
    };
  });
  const banded = outcomes.flatMap((outcome) => (outcome.bands ? [outcome.bands] : []));
  return {
    years: [...first.years],
    sectorIds: [...first.sectorIds],
    referenceId,
    draws: banded.length ? Math.min(...banded.map((bands) => bands.draws)) : null,
    seed: banded[0]?.seed ?? null,
    scenarios,
  };
}
