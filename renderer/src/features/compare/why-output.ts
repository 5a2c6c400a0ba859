import type { ComparisonViewOptions } from '../../../../shared/api/view-schemas';
import type { CompareOutput } from '../../../../shared/compare';

/** The output the attribution explains: the focused sector's variable, or the aggregate. */
export function whyOutput(options: ComparisonViewOptions, sectorIds: readonly string[]): CompareOutput {
  return options.sector !== undefined && sectorIds.includes(options.sector)
    ? { kind: options.variable, sector: options.sector }
    : { kind: 'aggregateS' };
}

/** The year it is explained in: the one chosen when it is a year of the comparison, else the horizon. */
export function whyYear(options: ComparisonViewOptions, years: readonly number[]): number {
  return options.year !== undefined && years.includes(options.year) ? options.year : years[years.length - 1]!;
}
