import type { RunJson } from '../shared/results/run-json';
import { terminalSafeText as shown } from '../shared/text/terminal-text';

const percent = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? '–' : `${(value * 100).toFixed(1)} %`;

/** The base year, every fifth year after it, and the last year: a table that fits a terminal. */
function shownYears(years: readonly number[]): number[] {
  const indices = years.map((_, i) => i).filter((i) => i % 5 === 0 || i === years.length - 1);
  return indices;
}

/**
 * What `run` prints on a terminal: per scenario, self-reliance (the aggregate and each sector) and the
 * open chokepoints in a few years; the full results are `--format json`.
 */
export function runTable(runs: readonly RunJson[]): string {
  const blocks = runs.map((run) => {
    const columns = shownYears(run.years);
    const cell = (text: string) => text.padStart(10);
    const row = (label: string, values: readonly string[]) =>
      `${label.padEnd(26)}${values.map(cell).join('')}`;
    const lines = [
      `${shown(run.scenario.name)} (${run.scenario.id})`,
      row(
        '',
        columns.map((i) => String(run.years[i])),
      ),
      row(
        'Self-reliance, aggregate',
        columns.map((i) => percent(run.aggregate.S[i])),
      ),
      ...Object.entries(run.sectors).map(([id, sector]) =>
        row(
          `  ${id}`,
          columns.map((i) => percent(sector.S[i])),
        ),
      ),
      row(
        'Open chokepoints',
        columns.map((i) => String(run.chokepoints.open[i] ?? '–')),
      ),
    ];
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\nFull results: add --format json (or --format csv), or pipe the output.\n`;
}
