import { getCatalogue } from '../shared/catalogue';
import {
  chokepointTable,
  demandGrowthTable,
  parameterTable,
  replaceBlock,
  sectorTable,
} from './catalogue-tables';
import {
  backtestReport,
  backtestRowsTable,
  backtestSummaryTable,
  calibrationGridTable,
  inputContributionTable,
  leaveOneSectorOutTable,
} from './backtest-tables';
import { presetVersionTable } from './preset-version-table';

/** docs/model.md with its generated tables brought up to date. */
export function renderModelDocs(document: string): string {
  const catalogue = getCatalogue('default-2025')!;
  let out = replaceBlock(document, 'parameters', parameterTable(catalogue));
  out = replaceBlock(out, 'sectors', sectorTable(catalogue));
  out = replaceBlock(out, 'chokepoints', chokepointTable(catalogue));
  out = replaceBlock(out, 'demand-growth', demandGrowthTable([catalogue, getCatalogue('history-2018')!]), {
    start: '<!-- generated: demand-growth -->',
    end: '<!-- end of generated: demand-growth -->',
  });
  // Not a `:start` region: the app's model page puts live catalogue tables in those, and shows this one
  // as the Markdown table it is.
  out = replaceBlock(out, 'presets-v1-v2', presetVersionTable(), {
    start: '<!-- generated: presets-v1-v2 -->',
    end: '<!-- end of generated: presets-v1-v2 -->',
  });
  // The backtest's tables, from what `chokepoint backtest --mc 500 --json` prints (both versions).
  const [v1, v2] = [backtestReport(1), backtestReport(2)];
  for (const [name, table] of [
    ['backtest-rows', backtestRowsTable(v1, v2)],
    ['backtest-summary', backtestSummaryTable(v1, v2)],
    ['backtest-leave-one-out', leaveOneSectorOutTable(v1, v2)],
    ['backtest-inputs', inputContributionTable()],
    ['backtest-grid', calibrationGridTable()],
  ] as const) {
    out = replaceBlock(out, name, table, {
      start: `<!-- generated: ${name} -->`,
      end: `<!-- end of generated: ${name} -->`,
    });
  }
  return out;
}
