import type { Scenario } from '../domain/scenario';
import type { MonteCarloResult } from '../engine/monte-carlo';
import type { SimulationResult } from '../engine/simulation-result';

/** At most this many scenarios side by side: more lines than this stop being readable. */
export const MAX_COMPARED = 4;

/** What a comparison reads of a deterministic run; a `SimulationResult` has all of it. */
export type RunOutputs = Pick<
  SimulationResult,
  'years' | 'sectorIds' | 'S' | 'C' | 'aggregateS' | 'chokepointsOpen'
> & {
  readonly costs: Pick<SimulationResult['costs'], 'fiscalTotal' | 'disruptionTotal' | 'substitutionTotal'>;
  /** The step the run used (reported for reproducibility when present). */
  readonly dt?: number;
};

/**
 * What it reads of a Monte Carlo run; a `MonteCarloResult` has all of it. Target probabilities are
 * needed only by the targets table.
 */
export type BandOutputs = Pick<
  MonteCarloResult,
  'draws' | 'seed' | 'S' | 'C' | 'aggregateS' | 'chokepointsOpen'
> &
  Partial<Pick<MonteCarloResult, 'targetProbability'>>;

/** One compared scenario with its runs: the input of every comparison function. */
export interface ScenarioOutcome {
  readonly scenario: Scenario;
  readonly run: RunOutputs;
  readonly bands?: BandOutputs;
}

/** A compared scenario as tables and charts name it. */
export interface ComparedScenario {
  readonly id: string;
  readonly name: string;
  /** The name, made unique among the compared scenarios ("Push (2)") so legends can tell them apart. */
  readonly label: string;
  readonly reference: boolean;
  /**
   * Its identity slot (`IDENTITY_SLOTS[colorIndex]`: colour and dash), the one stored with the scenario,
   * the same in every view, export and deck; the Baseline preset's is the neutral grey (`BASELINE_SLOT`).
   */
  readonly colorIndex: number;
  /**
   * Set when another scenario of this comparison owns the same identity and comes first: this one is
   * drawn in `colorIndex`, a free slot, instead of its own, and the views say so.
   */
  readonly identityHeldBy?: string;
}

/** P10, P50 and P90 of a series, as plain arrays. */
export interface BandSeries {
  readonly p10: number[];
  readonly p50: number[];
  readonly p90: number[];
}

export interface SeriesWithBand {
  readonly values: number[];
  readonly band?: BandSeries;
}
