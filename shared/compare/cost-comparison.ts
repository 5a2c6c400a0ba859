import { cumulative, discountedCumulative } from '../engine/costs';
import type { ComparedScenario, ScenarioOutcome } from './compare-types';
import { comparedScenarios } from './display-names';
import { plainSlice } from './series';

/** The three cost flows of model.md (E12), USD bn per year. */
export const COST_KINDS = ['fiscal', 'disruption', 'substitution'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** How a cost is read: the flow of each year, its running total, or the total discounted to the base year. */
export const COST_MEASURES = ['yearly', 'cumulative', 'discounted'] as const;
export type CostMeasure = (typeof COST_MEASURES)[number];

export type CostSeries = Readonly<Record<CostMeasure, number[]>>;

export interface ScenarioCosts extends ComparedScenario {
  readonly costs: Readonly<Record<CostKind, CostSeries>>;
}

export interface CostComparison {
  readonly years: number[];
  readonly discountRate: number;
  readonly scenarios: ScenarioCosts[];
}

const TOTAL_KEYS = {
  fiscal: 'fiscalTotal',
  disruption: 'disruptionTotal',
  substitution: 'substitutionTotal',
} as const;

/**
 * Every scenario's costs per year, cumulative and discounted at `discountRate` (year y counts
 * cost_y / (1 + rate)^(y − base year)): the engine's own sums, so the numbers match `chokepoint run`.
 */
export function compareCosts(
  outcomes: readonly ScenarioOutcome[],
  referenceId: string,
  discountRate: number,
): CostComparison {
  const named = comparedScenarios(
    outcomes.map((outcome) => outcome.scenario),
    referenceId,
  );
  return {
    years: [...outcomes[0]!.run.years],
    discountRate,
    scenarios: outcomes.map(({ run }, i) => {
      const costs = {} as Record<CostKind, CostSeries>;
      for (const kind of COST_KINDS) {
        const yearly = run.costs[TOTAL_KEYS[kind]];
        costs[kind] = {
          yearly: plainSlice(yearly),
          cumulative: plainSlice(cumulative(yearly)),
          discounted: plainSlice(discountedCumulative(yearly, discountRate)),
        };
      }
      return { ...named[i]!, costs };
    }),
  };
}
