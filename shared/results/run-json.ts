import type { Scenario } from '../domain/scenario';
import type { MonteCarloResult } from '../engine/monte-carlo';
import { cumulative, discountedCumulative } from '../engine/costs';
import { MODEL_VERSION } from '../engine/model-version';
import type { RunNotice } from '../engine/notice';
import type { SimulationResult } from '../engine/simulation-result';
import { targetYears } from '../engine/targets';

type Series = number[];
type BandJson = { p10: Series; p50: Series; p90: Series };

/** The documented JSON of `chokepoint run` for one scenario (file-format.md); a contract for scripts. */
export interface RunJson {
  modelVersion: number;
  scenario: { id: string; name: string };
  years: number[];
  sectors: Record<
    string,
    { S: Series; C: Series; U: Series; F: Series; R: Series; P: Series; yearsBehind: Series }
  >;
  dt: number;
  aggregate: { S: Series };
  chokepoints: { open: Series; openIds: number[][] };
  costs: {
    fiscal: Series;
    disruption: Series;
    substitution: Series;
    /** Running totals, undiscounted and discounted to the base year at `discountRate`. */
    cumulative: { fiscal: Series; disruption: Series; substitution: Series };
    discountRate: number;
    discounted: { fiscal: Series; disruption: Series; substitution: Series };
  };
  targets: Record<string, Record<string, number | null>>;
  bands?: {
    sectors: Record<string, { S: BandJson; C: BandJson }>;
    chokepointsOpen: BandJson;
    aggregateS: BandJson;
    /** Per sector and target, the share of draws that reach it by the horizon. */
    targetProbability: Record<string, Record<string, number>>;
    draws: number;
    seed: number;
  };
  notices: RunNotice[];
}

/** Six significant digits: what a planner can read and a script can compare, without float noise. */
export function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}

const series = (values: ArrayLike<number>, from = 0, to = values.length): Series => {
  const out: Series = [];
  for (let i = from; i < to; i++) out.push(round(values[i]!));
  return out;
};

/** Discount rate of the cumulative costs when the user gives none (a common public-investment rate). */
export const DEFAULT_DISCOUNT_RATE = 0.03;

export function runToJson(
  scenario: Pick<Scenario, 'id' | 'name'>,
  result: SimulationResult,
  mc?: MonteCarloResult,
  discountRate = DEFAULT_DISCOUNT_RATE,
  /** The model version the result was computed with (`chokepoint run --model 1`). */
  modelVersion: number = MODEL_VERSION,
): RunJson {
  const years = result.years.length;
  const sectors: RunJson['sectors'] = {};
  result.sectorIds.forEach((id, s) => {
    const slice = (values: Float64Array): Series => series(values, s * years, (s + 1) * years);
    sectors[id] = {
      S: slice(result.S),
      C: slice(result.C),
      U: slice(result.U),
      F: slice(result.F),
      R: slice(result.R),
      P: slice(result.P),
      yearsBehind: slice(result.yearsBehind),
    };
  });
  const json: RunJson = {
    modelVersion,
    scenario: { id: scenario.id, name: scenario.name },
    years: [...result.years],
    sectors,
    dt: round(result.dt),
    aggregate: { S: series(result.aggregateS) },
    chokepoints: {
      open: series(result.chokepointsOpen),
      openIds: (result.openIds ?? []).map((ids) => [...ids]),
    },
    costs: {
      fiscal: series(result.costs.fiscalTotal),
      disruption: series(result.costs.disruptionTotal),
      substitution: series(result.costs.substitutionTotal),
      cumulative: {
        fiscal: series(cumulative(result.costs.fiscalTotal)),
        disruption: series(cumulative(result.costs.disruptionTotal)),
        substitution: series(cumulative(result.costs.substitutionTotal)),
      },
      discountRate,
      discounted: {
        fiscal: series(discountedCumulative(result.costs.fiscalTotal, discountRate)),
        disruption: series(discountedCumulative(result.costs.disruptionTotal, discountRate)),
        substitution: series(discountedCumulative(result.costs.substitutionTotal, discountRate)),
      },
    },
    targets: targetYears(result),
    notices: [...result.notices],
  };
  if (mc) json.bands = bandsToJson(mc);
  return json;
}

function bandsToJson(mc: MonteCarloResult): NonNullable<RunJson['bands']> {
  const years = mc.years.length;
  const band = (b: MonteCarloResult['S'], from = 0, to = b.p50.length): BandJson => ({
    p10: series(b.p10, from, to),
    p50: series(b.p50, from, to),
    p90: series(b.p90, from, to),
  });
  const sectors: Record<string, { S: BandJson; C: BandJson }> = {};
  const targetProbability: Record<string, Record<string, number>> = {};
  mc.sectorIds.forEach((id, s) => {
    sectors[id] = { S: band(mc.S, s * years, (s + 1) * years), C: band(mc.C, s * years, (s + 1) * years) };
    targetProbability[id] = Object.fromEntries(
      Object.entries(mc.targetProbability[id]!).map(([target, probability]) => [
        target,
        round(probability[years - 1]!),
      ]),
    );
  });
  return {
    sectors,
    chokepointsOpen: band(mc.chokepointsOpen),
    aggregateS: band(mc.aggregateS),
    targetProbability,
    draws: mc.draws,
    seed: mc.seed,
  };
}
