import type { Catalogue } from '../catalogue/types';
import { isScalarParameterKey } from '../domain/parameter-keys';
import type { Scenario } from '../domain/scenario';
import type { JsonPath, ScenarioIssue } from '../domain/scenario-issue';
import type { EngineError } from './engine-error';
import { describeEngineError } from './engine-error';
import { prepareScenario } from './prepare-scenario';
import { runPrepared } from './run-prepared';
import type { SimulationResult } from './simulation-result';

type Located = Pick<Scenario, 'sectors' | 'parameters'>;

const has = (object: object | undefined, key: string): boolean =>
  object !== undefined && Object.prototype.hasOwnProperty.call(object, key);

/**
 * Where in the scenario the engine's complaint comes from: the override that set the value when there
 * is one (the sector's own, else the scenario-wide one), else the sector, else the scenario itself
 * (the catalogue's own value, or a value the calibration derived).
 */
function pathOf(error: EngineError, scenario: Located): JsonPath {
  if (error.kind !== 'invalid-parameter' && error.kind !== 'unstable') return [];
  const sector = error.sector === undefined ? undefined : scenario.sectors[error.sector];
  if (error.kind === 'invalid-parameter' && error.sector !== undefined && sector) {
    if (has(sector.data, error.key)) return ['sectors', error.sector, 'data', error.key];
    if (has(sector.parameters, error.key)) return ['sectors', error.sector, 'parameters', error.key];
  }
  if (
    error.kind === 'invalid-parameter' &&
    isScalarParameterKey(error.key) &&
    has(scenario.parameters, error.key)
  )
    return ['parameters', error.key];
  return sector && error.sector !== undefined ? ['sectors', error.sector] : [];
}

const OUTPUTS = ['S', 'C', 'U', 'F', 'R', 'P', 'K', 'X', 'yearsBehind'] as const;

/** The first sector (by index) with a value that is not a finite number, or -1. */
function firstNonFiniteSector(result: SimulationResult): number {
  const years = result.years.length;
  for (const output of OUTPUTS) {
    const series = result[output];
    for (let i = 0; i < series.length; i++) if (!Number.isFinite(series[i]!)) return Math.floor(i / years);
  }
  const totals = [result.aggregateS, result.chokepointsOpen, ...Object.values(result.costs)];
  return totals.some((series) => series.some((value) => !Number.isFinite(value))) ? 0 : -1;
}

/**
 * What `chokepoint run` would refuse in a scenario that passed the file's checks: it is calibrated and
 * run once, deterministically, as `run` does, and every refusal (a requirement of the model, a
 * derived value out of range, instability even at the smallest step) or non-finite output becomes an
 * issue at the JSON path it comes from. So `validate` accepting a file means `run` runs it, without NaN.
 */
export function runnableIssues(scenario: Scenario, catalogue: Catalogue): ScenarioIssue[] {
  const prepared = prepareScenario(scenario, catalogue);
  const result = prepared.ok ? runPrepared(prepared.value, { recordOpenIds: false }) : prepared;
  if (!result.ok) {
    return [
      {
        path: pathOf(result.error, scenario),
        message: `the model cannot run this: ${describeEngineError(result.error)}`,
      },
    ];
  }
  const sector = firstNonFiniteSector(result.value);
  if (sector === -1) return [];
  const id = result.value.sectorIds[sector]!;
  return [
    {
      path: scenario.sectors[id] ? ['sectors', id] : [],
      message: `the model cannot run this: its results for sector ${id} are not finite numbers (the inputs are too extreme)`,
    },
  ];
}
