import type { RunJson } from './run-json';
import { toCsv } from './csv';

export const RUN_CSV_HEADER = [
  'scenario_id',
  'scenario_name',
  'sector',
  'year',
  'variable',
  'value',
] as const;

/** Sector column for values of the whole economy (aggregate, chokepoints, costs). */
export const ALL_SECTORS = 'ALL';

/** One row per scenario, sector, year and variable (file-format.md), long format for pivot tables. */
export function runsToCsv(runs: readonly RunJson[]): string {
  const rows: (string | number | null)[][] = [[...RUN_CSV_HEADER]];
  for (const run of runs) {
    const push = (sector: string, variable: string, values: readonly (number | null)[]): void => {
      values.forEach((value, y) =>
        rows.push([run.scenario.id, run.scenario.name, sector, run.years[y]!, variable, value]),
      );
    };
    for (const [sector, outputs] of Object.entries(run.sectors)) {
      for (const [variable, values] of Object.entries(outputs)) push(sector, variable, values);
      const bands = run.bands?.sectors[sector];
      if (bands) {
        for (const variable of ['S', 'C'] as const) {
          for (const q of ['p10', 'p50', 'p90'] as const)
            push(sector, `${variable}_${q}`, bands[variable][q]);
        }
      }
    }
    push(ALL_SECTORS, 'aggregateS', run.aggregate.S);
    push(ALL_SECTORS, 'chokepointsOpen', run.chokepoints.open);
    push(ALL_SECTORS, 'fiscalCost', run.costs.fiscal);
    push(ALL_SECTORS, 'disruptionCost', run.costs.disruption);
    push(ALL_SECTORS, 'substitutionCost', run.costs.substitution);
    for (const kind of ['fiscal', 'disruption', 'substitution'] as const) {
      push(ALL_SECTORS, `${kind}CostCumulative`, run.costs.cumulative[kind]);
      push(ALL_SECTORS, `${kind}CostDiscounted`, run.costs.discounted[kind]);
    }
    if (run.bands) {
      for (const q of ['p10', 'p50', 'p90'] as const) {
        push(ALL_SECTORS, `aggregateS_${q}`, run.bands.aggregateS[q]);
        push(ALL_SECTORS, `chokepointsOpen_${q}`, run.bands.chokepointsOpen[q]);
      }
    }
  }
  return toCsv(rows);
}
