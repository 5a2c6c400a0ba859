import type { Catalogue } from '../catalogue/types';
import type { LeverId } from '../domain/inputs';
import { INPUT_RANGES, LEVER_IDS } from '../domain/inputs';
import type { Scenario } from '../domain/scenario';
import { closestKey } from '../domain/closest-key';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { OptimizeError } from './optimize-error';
import type { Target } from './targets';
import { formatTarget, quantityKey, stricterValue } from './targets';

/** Draws per candidate when the problem does not say: enough for a confidence to ±3 points. */
export const DEFAULT_OPTIMIZE_DRAWS = 200;
export const DEFAULT_CONFIDENCE = 0.8;
/** The comparison view's default discount rate of cumulative costs. */
export const DEFAULT_DISCOUNT_RATE = 0.03;
export const MIN_OPTIMIZE_DRAWS = 20;
export const MAX_OPTIMIZE_DRAWS = 5000;
export const MAX_RAMP_YEARS = 10;

/**
 * "The least-cost package of these levers in these sectors that meets every target in a share
 * `confidence` of the Monte Carlo draws." The scenario is the world: its restrictions, assumptions and
 * every lever the package does not touch stay as they are.
 */
export interface OptimizeProblem {
  readonly scenario: Scenario;
  readonly targets: readonly Target[];
  /** Share of draws in which every target must hold, strictly between 0 and 1 (default 0.8). */
  readonly confidence?: number;
  /** Default: every policy lever (the restriction is the world, never a lever). */
  readonly levers?: readonly string[];
  /** Default: the sectors the targets read and their direct upstream suppliers; every sector for economy-wide targets. */
  readonly sectors?: readonly string[];
  /** The year each level starts (default: the year after the base year). */
  readonly fromYear?: number;
  /** Years over which each level is reached in equal steps from the year before (default 0: at once). */
  readonly rampYears?: number;
  /** The most the package may cost: cumulative discounted fiscal cost to the horizon, USD bn. */
  readonly budget?: number;
  readonly draws?: number;
  /** Default: the scenario's seed (so `chokepoint run --mc` on the plan reads the same draws). */
  readonly seed?: number;
  readonly discountRate?: number;
  readonly stepsPerYear?: number;
}

/** One decision variable: a lever's level in one sector, within the lever's range. */
export interface DecisionVariable {
  readonly lever: LeverId;
  readonly sector: string;
  readonly min: number;
  readonly max: number;
}

/** A problem that passed the checks, with every default filled in. */
export interface CheckedProblem {
  readonly scenario: Scenario;
  readonly catalogue: Catalogue;
  readonly targets: readonly CheckedTarget[];
  readonly confidence: number;
  readonly variables: readonly DecisionVariable[];
  readonly fromYear: number;
  readonly rampYears: number;
  readonly budget?: number;
  readonly draws: number;
  readonly seed: number;
  readonly discountRate: number;
  readonly stepsPerYear?: number;
}

export interface CheckedTarget extends Target {
  /** The target year as an index of the run's reported years. */
  readonly index: number;
}

/** The catalogue's id of a sector however it is cased (`ic` is IC), or the refusal with a suggestion. */
function resolveSector(
  text: string,
  ids: readonly string[],
  where: 'target' | 'sectors',
): Result<string, OptimizeError> {
  const match = ids.find((id) => id.toLowerCase() === text.toLowerCase());
  if (match !== undefined) return ok(match);
  const suggestion = closestKey(text.toUpperCase(), ids) ?? closestKey(text, ids);
  return err({
    kind: 'unknown-sector',
    sector: text,
    where,
    known: ids,
    ...(suggestion !== undefined ? { suggestion } : {}),
  });
}

/**
 * The targets with sector ids as the catalogue spells them, each year checked, and targets that ask
 * the same quantity at the same year and timing merged into the stricter one (two floors on IC's S in
 * 2035 are one floor: the higher).
 */
function checkTargets(
  targets: readonly Target[],
  scenario: Scenario,
  ids: readonly string[],
): Result<CheckedTarget[], OptimizeError> {
  if (targets.length === 0) return err({ kind: 'no-targets' });
  const first = scenario.baseYear + 1;
  const last = scenario.baseYear + scenario.horizon;
  const checked: CheckedTarget[] = [];
  for (const written of targets) {
    let target: Target = written;
    if (written.quantity.kind === 'S' || written.quantity.kind === 'C') {
      const sector = resolveSector(written.quantity.sector, ids, 'target');
      if (!sector.ok) return sector;
      target = { ...written, quantity: { kind: written.quantity.kind, sector: sector.value } };
    }
    if (!Number.isInteger(target.year) || target.year < first || target.year > last)
      return err({
        kind: 'target-year',
        target: formatTarget(target),
        year: target.year,
        min: first,
        max: last,
      });
    const same = checked.findIndex(
      (other) =>
        quantityKey(other.quantity) === quantityKey(target.quantity) &&
        other.year === target.year &&
        other.timing === target.timing,
    );
    if (same >= 0) {
      const other = checked[same]!;
      checked[same] = { ...other, value: stricterValue(other.quantity, other.value, target.value) };
    } else checked.push({ ...target, index: target.year - scenario.baseYear });
  }
  return ok(checked);
}

/** Sectors a target depends on: its own and, one level up, the suppliers its effort needs (ω). */
function defaultSectors(targets: readonly Target[], catalogue: Catalogue): string[] {
  if (
    targets.some((target) => target.quantity.kind === 'aggregate' || target.quantity.kind === 'chokepoints')
  )
    return catalogue.sectors.map((sector) => sector.id);
  const read = new Set(targets.map((target) => (target.quantity as { sector: string }).sector));
  const upstream = catalogue.dependencies
    .filter((dependency) => read.has(dependency.buyer))
    .map((dependency) => dependency.supplier);
  const wanted = new Set([...read, ...upstream]);
  return catalogue.sectors.map((sector) => sector.id).filter((id) => wanted.has(id));
}

/** Refuses a problem the search cannot answer, naming the field; fills in the defaults. */
export function checkProblem(
  problem: OptimizeProblem,
  catalogue: Catalogue,
): Result<CheckedProblem, OptimizeError> {
  const { scenario } = problem;
  const ids = catalogue.sectors.map((sector) => sector.id);
  const targets = checkTargets(problem.targets, scenario, ids);
  if (!targets.ok) return targets;

  const confidence = problem.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) return err({ kind: 'confidence', value: confidence });

  const levers = problem.levers ?? LEVER_IDS;
  if (levers.length === 0) return err({ kind: 'no-levers' });
  for (const lever of levers) {
    if (lever === 'restriction') return err({ kind: 'restriction-not-lever' });
    if (!(LEVER_IDS as readonly string[]).includes(lever)) return err({ kind: 'unknown-lever', lever });
  }
  const sectors: string[] = [];
  for (const text of problem.sectors ?? defaultSectors(targets.value, catalogue)) {
    const sector = resolveSector(text, ids, 'sectors');
    if (!sector.ok) return sector;
    sectors.push(sector.value);
  }
  if (sectors.length === 0) return err({ kind: 'no-sectors' });

  const fromYear = problem.fromYear ?? scenario.baseYear + 1;
  const lastYear = scenario.baseYear + scenario.horizon;
  if (!Number.isInteger(fromYear) || fromYear < scenario.baseYear || fromYear > lastYear)
    return err({ kind: 'from-year', year: fromYear, min: scenario.baseYear, max: lastYear });
  // A package that starts after a target's year cannot change what the target reads.
  const early = targets.value.find((target) => target.year < fromYear);
  if (early !== undefined)
    return err({ kind: 'from-after-target', year: fromYear, target: formatTarget(early) });
  const rampYears = problem.rampYears ?? 0;
  if (!Number.isInteger(rampYears) || rampYears < 0 || rampYears > MAX_RAMP_YEARS)
    return err({ kind: 'ramp-years', value: rampYears, max: MAX_RAMP_YEARS });
  const draws = problem.draws ?? DEFAULT_OPTIMIZE_DRAWS;
  if (!Number.isInteger(draws) || draws < MIN_OPTIMIZE_DRAWS || draws > MAX_OPTIMIZE_DRAWS)
    return err({ kind: 'draws', value: draws, min: MIN_OPTIMIZE_DRAWS, max: MAX_OPTIMIZE_DRAWS });
  // With n draws the confidence moves in steps of 1/n: a confidence finer than that cannot be told apart.
  if (Math.ceil(confidence * draws - 1e-9) >= draws)
    return err({ kind: 'confidence-needs-draws', value: confidence, draws });
  if (problem.budget !== undefined && !Number.isFinite(problem.budget))
    return err({ kind: 'budget', value: problem.budget });
  const discountRate = problem.discountRate ?? DEFAULT_DISCOUNT_RATE;
  if (!(discountRate >= 0 && discountRate <= 1)) return err({ kind: 'discount-rate', value: discountRate });

  const uniqueLevers = LEVER_IDS.filter((lever) => levers.includes(lever));
  const uniqueSectors = catalogue.sectors.map((sector) => sector.id).filter((id) => sectors.includes(id));
  const variables = uniqueSectors.flatMap((sector) =>
    uniqueLevers.map((lever) => ({ lever, sector, ...INPUT_RANGES[lever] })),
  );
  return ok({
    scenario,
    catalogue,
    targets: targets.value,
    confidence,
    variables,
    fromYear,
    rampYears,
    ...(problem.budget !== undefined ? { budget: problem.budget } : {}),
    draws,
    seed: problem.seed ?? scenario.seed,
    discountRate,
    ...(problem.stepsPerYear !== undefined ? { stepsPerYear: problem.stepsPerYear } : {}),
  });
}
