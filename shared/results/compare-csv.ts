import type { CostComparison } from '../compare/cost-comparison';
import { COST_KINDS } from '../compare/cost-comparison';
import type { ComparedTrajectories } from '../compare/trajectories';
import type { BandSeries } from '../compare/compare-types';
import { toCsv, UTF8_BOM } from './csv';
import { ALL_SECTORS, RUN_CSV_HEADER } from './run-csv';

type Row = (string | number | null)[];

/**
 * The compared trajectories as CSV, one row per scenario, sector, year, variable and value (the columns
 * of `chokepoint run --format csv`, so the same pivot tables work): S and C per sector, the aggregate and
 * open chokepoints under sector `ALL`, P10/P50/P90 where bands were run, and the costs when given.
 * Starts with a UTF-8 byte-order mark, without which spreadsheet programs garble Chinese names.
 */
export function comparisonToCsv(trajectories: ComparedTrajectories, costs?: CostComparison): string {
  const rows: Row[] = [[...RUN_CSV_HEADER]];
  const { years } = trajectories;
  for (const scenario of trajectories.scenarios) {
    const push = (sector: string, variable: string, values: readonly number[]) =>
      values.forEach((value, y) =>
        rows.push([scenario.id, scenario.name, sector, years[y]!, variable, value]),
      );
    const pushBand = (sector: string, variable: string, band: BandSeries | undefined) => {
      if (band) for (const q of ['p10', 'p50', 'p90'] as const) push(sector, `${variable}_${q}`, band[q]);
    };
    for (const sector of trajectories.sectorIds) {
      for (const variable of ['S', 'C'] as const) {
        push(sector, variable, scenario[variable][sector]!.values);
        pushBand(sector, variable, scenario[variable][sector]!.band);
      }
    }
    push(ALL_SECTORS, 'aggregateS', scenario.aggregateS.values);
    pushBand(ALL_SECTORS, 'aggregateS', scenario.aggregateS.band);
    push(ALL_SECTORS, 'chokepointsOpen', scenario.chokepointsOpen.values);
    pushBand(ALL_SECTORS, 'chokepointsOpen', scenario.chokepointsOpen.band);
    const scenarioCosts = costs?.scenarios.find((entry) => entry.id === scenario.id);
    if (!scenarioCosts) continue;
    for (const kind of COST_KINDS) {
      push(ALL_SECTORS, `${kind}Cost`, scenarioCosts.costs[kind].yearly);
      push(ALL_SECTORS, `${kind}CostCumulative`, scenarioCosts.costs[kind].cumulative);
      push(ALL_SECTORS, `${kind}CostDiscounted`, scenarioCosts.costs[kind].discounted);
    }
  }
  return UTF8_BOM + toCsv(rows);
}
