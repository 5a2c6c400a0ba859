import { getCatalogue, PRESETS } from '../shared/catalogue';
import { cumulative } from '../shared/engine/costs';
import type { ModelVersion } from '../shared/engine/model-version';
import { prepareScenario } from '../shared/engine/prepare-scenario';
import { runPrepared } from '../shared/engine/run-prepared';
import type { SimulationResult } from '../shared/engine/simulation-result';

/** The figures of one preset that docs/model.md compares between model versions. */
interface PresetFigures {
  readonly aggregate2035: number;
  readonly aggregate2040: number;
  readonly open2040: number;
  readonly ic2035: number;
  /** Fiscal + disruption + substitution, cumulative to 2040 as `chokepoint run` reports it, USD bn. */
  readonly cost2040: number;
}

function figures(result: SimulationResult): PresetFigures {
  const at = (year: number) => result.years.indexOf(year);
  const years = result.years.length;
  const ic = result.sectorIds.indexOf('IC');
  const total = (series: Float64Array) => cumulative(series)[at(2040)]!;
  return {
    aggregate2035: result.aggregateS[at(2035)]!,
    aggregate2040: result.aggregateS[at(2040)]!,
    open2040: result.chokepointsOpen[at(2040)]!,
    ic2035: result.S[ic * years + at(2035)]!,
    cost2040:
      total(result.costs.fiscalTotal) +
      total(result.costs.disruptionTotal) +
      total(result.costs.substitutionTotal),
  };
}

function run(name: string, modelVersion: ModelVersion): PresetFigures {
  const preset = PRESETS.find((p) => p.name === name)!;
  const prepared = prepareScenario(preset, getCatalogue(preset.catalogue)!, { modelVersion });
  const result = prepared.ok ? runPrepared(prepared.value) : prepared;
  if (!result.ok) throw new Error(`${name} under model version ${modelVersion}: ${result.error.kind}`);
  return figures(result.value);
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const pair = (v1: number, v2: number, show: (x: number) => string) => `${show(v1)} → ${show(v2)}`;

/** docs/model.md's table of the five presets under model versions 1 and 2 (deterministic runs). */
export function presetVersionTable(): string {
  const rows = PRESETS.map((preset) => {
    const [a, b] = [run(preset.name, 1), run(preset.name, 2)];
    return `| ${preset.name} | ${pair(a.aggregate2035, b.aggregate2035, percent)} | ${pair(a.aggregate2040, b.aggregate2040, percent)} | ${pair(a.open2040, b.open2040, String)} | ${pair(a.ic2035, b.ic2035, percent)} | ${pair(a.cost2040, b.cost2040, (x) => x.toFixed(0))} |`;
  });
  return [
    '| preset (v1 → v2) | aggregate S 2035 | aggregate S 2040 | open chokepoints 2040 | IC S 2035 | cost to 2040, USD bn |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
