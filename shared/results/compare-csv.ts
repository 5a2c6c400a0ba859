import type { ChartText } from '../charts/chart-text';
import type { SeriesWithBand } from '../compare/compare-types';
import type { CostComparison } from '../compare/cost-comparison';
import type { CostMeasure } from '../compare/cost-comparison';
import { COST_KINDS, COST_MEASURES } from '../compare/cost-comparison';
import type { ComparedTrajectories } from '../compare/trajectories';
import { CSV_MESSAGES } from './csv-messages';
import { toCsv, UTF8_BOM } from './csv';
import { ALL_SECTORS, RUN_CSV_HEADER } from './run-csv';

type Row = (string | number | null)[];

/** How `chokepoint run --format csv` names each cost measure's variable: `fiscalCost`, `fiscalCostCumulative`… */
const MEASURE_CODES: Readonly<Record<CostMeasure, string>> = {
  yearly: '',
  cumulative: 'Cumulative',
  discounted: 'Discounted',
};

/** The named columns that follow the six of `chokepoint run --format csv`. */
export const NAMED_CSV_COLUMNS = ['sector_name', 'variable_name', 'unit', 'p10', 'p50', 'p90'] as const;

/** A value to 6 significant digits: what the model's precision supports, and what a reader can read. */
export function significant(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}

/**
 * The compared trajectories (and costs, when given) as CSV, one row per scenario, sector, year and
 * variable. The first six columns are those of `chokepoint run --format csv` (ids and variable codes,
 * so pivot tables and scripts keyed on them still work); after them, in the chosen language, the
 * sector's name (“whole economy” for `ALL`), the variable's name and its unit, then P10, P50 and P90
 * where bands were run (empty otherwise). Values are rounded to 6 significant digits. Starts with a
 * UTF-8 byte-order mark, without which spreadsheet programs garble Chinese names.
 */
export function comparisonToCsv(
  trajectories: ComparedTrajectories,
  costs: CostComparison | undefined,
  text: ChartText,
): string {
  const m = CSV_MESSAGES[text.language];
  const rows: Row[] = [[...RUN_CSV_HEADER, ...NAMED_CSV_COLUMNS]];
  const { years } = trajectories;
  for (const scenario of trajectories.scenarios) {
    const push = (
      sector: string,
      variable: string,
      name: string,
      unit: string,
      series: Pick<SeriesWithBand, 'values' | 'band'>,
    ) =>
      series.values.forEach((value, y) =>
        rows.push([
          scenario.id,
          scenario.name,
          sector,
          years[y]!,
          variable,
          significant(value),
          sector === ALL_SECTORS ? m.wholeEconomy : text.sectorName(sector),
          name,
          unit,
          ...(['p10', 'p50', 'p90'] as const).map((q) =>
            series.band ? significant(series.band[q][y]!) : null,
          ),
        ]),
      );
    for (const sector of trajectories.sectorIds) {
      push(sector, 'S', text.t('variable.S'), m['unit.share'], scenario.S[sector]!);
      push(sector, 'C', text.t('variable.C'), m['unit.capability'], scenario.C[sector]!);
    }
    push(ALL_SECTORS, 'aggregateS', text.t('output.aggregateS'), m['unit.share'], scenario.aggregateS);
    push(
      ALL_SECTORS,
      'chokepointsOpen',
      text.t('output.chokepointsOpen'),
      m['unit.count'],
      scenario.chokepointsOpen,
    );
    const scenarioCosts = costs?.scenarios.find((entry) => entry.id === scenario.id);
    if (!scenarioCosts) continue;
    for (const kind of COST_KINDS) {
      const cost = text.t(`cost.${kind}`);
      for (const measure of COST_MEASURES)
        push(
          ALL_SECTORS,
          `${kind}Cost${MEASURE_CODES[measure]}`,
          text.t(`output.cost.${measure}`, { cost }),
          m['unit.money'],
          { values: scenarioCosts.costs[kind][measure] },
        );
    }
  }
  return UTF8_BOM + toCsv(rows);
}
