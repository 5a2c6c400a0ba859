import type { Backtest, BacktestRow, FitSummary } from '../../shared/engine/backtest';
import { BACKTEST_CORE_SECTORS, runBacktest } from '../../shared/engine/backtest';
import type { BacktestGrid } from '../../shared/engine/backtest-grid';
import { DEFAULT_GRID_POINTS, runBacktestGrid } from '../../shared/engine/backtest-grid';
import { describeEngineError } from '../../shared/engine/engine-error';
import { isInSample, LAST_FITTED_YEAR } from '../../shared/engine/backtest-sample';
import type { ModelVersion } from '../../shared/engine/model-version';
import type { LeaveOneSectorOut } from '../../shared/engine/backtest-leave-one-out';
import { runLeaveOneSectorOut } from '../../shared/engine/backtest-leave-one-out';
import { fittedKeys } from '../../shared/engine/backtest-fit';
import type { ChartLanguage } from '../../shared/charts';
import {
  backtestChartData,
  backtestChartHeight,
  backtestOption,
  backtestSectors,
  chartText,
  STANDARD_THEME,
} from '../../shared/charts';
import { getCatalogue } from '../../shared/catalogue';
import type { Command } from '../io';
import { EXIT_INVALID, EXIT_OK } from '../io';
import { parseModelVersion, parseOptions, parseWholeNumber, UsageError } from '../parse-options';
import { renderChartSvg } from '../report/render-chart-svg';
import { writeOutput } from '../write-output';

const LANGUAGES: readonly ChartLanguage[] = ['en', 'zh-CN'];
const FORMATS = ['text', 'json', 'svg', 'png'] as const;
type Format = (typeof FORMATS)[number];
/** The picture's width in pixels: three panels of the backtest chart per row. */
const CHART_WIDTH = 960;

const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;
const signed = (points: number): string => `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
const CORE = BACKTEST_CORE_SECTORS.join(', ');

function rowLine(row: BacktestRow): string {
  const { sector, year, value } = row.observation;
  const band = row.band ? `${percent(row.band.p10)}–${percent(row.band.p90)}`.padEnd(16) : '';
  const inside = row.inBand === undefined ? '' : row.inBand ? 'yes' : 'no';
  return [
    sector.padEnd(6),
    String(year).padEnd(6),
    percent(value).padStart(8),
    percent(row.simulated!).padStart(10),
    signed(row.error!).padStart(7),
    row.band ? `  ${band}${inside}` : '',
  ].join('');
}

function fitLine(label: string, fit: FitSummary): string {
  const coverage = fit.inBand === undefined ? '' : `; ${fit.inBand} of ${fit.compared} inside P10–P90`;
  return `${label}: mean absolute error ${fit.mae.toFixed(2)} points over ${fit.compared} observations${coverage}`;
}

function leaveOneOutText(loso: LeaveOneSectorOut): string[] {
  const fitted = (held: LeaveOneSectorOut['sectors'][number]) =>
    held.fitted.length === 0
      ? 'nothing fitted'
      : held.fitted.map((fit) => `${fit.key} ${fit.value}`).join(', ');
  return [
    '',
    `Leave one sector out (fitted on the other sectors up to ${LAST_FITTED_YEAR}, the held-out sector predicted)`,
    'sector  fitted without it       mean absolute error',
    ...loso.sectors.map(
      (held) =>
        `${held.sector.padEnd(8)}${fitted(held).padEnd(24)}${held.mae.toFixed(2).padStart(6)} over ${held.rows.length}`,
    ),
    fitLine('Held out, all', loso.summary.all),
    fitLine(`Held out, ${CORE}`, loso.summary.core),
  ];
}

function backtestText(backtest: Backtest, modelVersion: ModelVersion, loso: LeaveOneSectorOut): string {
  const { summary } = backtest;
  const header = `sector year  observed simulated  error${summary.draws > 0 ? '  P10–P90         in band' : ''}`;
  const compared = backtest.rows.filter((row) => row.role === 'compared');
  const lines = [
    `Backtest ${backtest.years[0]} → ${backtest.years.at(-1)}: the model from the 2018 catalogue with the historical inputs (model version ${modelVersion})`,
    '',
    `In sample (to ${LAST_FITTED_YEAR}: the only observations a fitted parameter may see)`,
    header,
    ...compared.filter((row) => isInSample(row.observation)).map(rowLine),
    '',
    `Out of sample (after ${LAST_FITTED_YEAR}: the test)`,
    header,
    ...compared.filter((row) => !isInSample(row.observation)).map(rowLine),
  ];
  const others = backtest.rows.filter((row) => row.role !== 'compared');
  if (others.length > 0) {
    const why = (row: BacktestRow): string => {
      if (row.role === 'base-year') return 'the base year: the datum the run starts from';
      if (row.role === 'unknown-sector') return 'no such sector in the catalogue';
      return row.observation.year < backtest.baseYear ? 'before the base year' : 'after the horizon';
    };
    lines.push(
      '',
      'Not compared:',
      ...others.map((row) => `  ${row.observation.sector} ${row.observation.year} (${why(row)})`),
    );
  }
  lines.push(
    '',
    fitLine('All', summary.all),
    fitLine(CORE, summary.core),
    fitLine('In sample, all', summary.inSample.all),
    fitLine(`In sample, ${CORE}`, summary.inSample.core),
    fitLine('Out of sample, all', summary.outOfSample.all),
    fitLine(`Out of sample, ${CORE}`, summary.outOfSample.core),
    ...leaveOneOutText(loso),
    '',
    summary.draws > 0
      ? `Bands from ${summary.draws} Monte Carlo draws, seed ${summary.seed}.`
      : 'No bands (add --mc N).',
    'Errors are 100 × (simulated − observed): negative when the model under-predicts.',
  );
  return `${lines.join('\n')}\n`;
}

function gridText(grid: BacktestGrid): string {
  const lines = [
    '',
    `Calibration grid (others at default): mean absolute error, all / ${CORE}, and the largest shift of a simulated value, points`,
  ];
  for (const line of grid.lines) {
    lines.push(
      `${line.key} (default ${line.default}, Monte Carlo range ${line.range[0]}–${line.range[1]})`,
      '  value       all   core  shift',
    );
    for (const point of line.points) {
      lines.push(
        `  ${String(point.value).padEnd(8)}${point.mae.toFixed(2).padStart(7)}${point.coreMae.toFixed(2).padStart(7)}${point.maxShift.toFixed(2).padStart(7)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What `chokepoint backtest --json` prints (without the grid); docs/model.md's backtest tables are made from it. */
export type BacktestReport = ReturnType<typeof backtestJson>;

export function backtestJson(backtest: Backtest, modelVersion: ModelVersion, loso: LeaveOneSectorOut) {
  return {
    modelVersion,
    lastFittedYear: LAST_FITTED_YEAR,
    baseYear: backtest.baseYear,
    years: backtest.years,
    dt: backtest.dt,
    rows: backtest.rows.map(({ observation, ...row }) => ({
      sector: observation.sector,
      year: observation.year,
      observed: observation.value,
      sample: isInSample(observation) ? 'in' : 'out',
      ...row,
      definition: observation.definition,
      source: observation.source,
      confidence: observation.confidence,
      ...(observation.note ? { note: observation.note } : {}),
    })),
    summary: backtest.summary,
    // The two out-of-sample tests side by side (docs/model.md, Backtest): the split by time, and the
    // split by sector, each sector predicted by a fit that never saw it.
    timeSplit: {
      lastFittedYear: LAST_FITTED_YEAR,
      fitted: fittedKeys(modelVersion),
      inSample: backtest.summary.inSample,
      outOfSample: backtest.summary.outOfSample,
    },
    leaveOneSectorOut: {
      sectors: loso.sectors.map((held) => ({
        sector: held.sector,
        fitted: Object.fromEntries(held.fitted.map((fit) => [fit.key, fit.value])),
        mae: held.mae,
        rows: held.rows.map((row) => ({
          year: row.observation.year,
          observed: row.observation.value,
          simulated: row.simulated,
          error: row.error,
        })),
      })),
      summary: loso.summary,
    },
  };
}

function backtestSvg(backtest: Backtest, modelVersion: ModelVersion, language: ChartLanguage): string {
  const text = chartText(language, { catalogue: getCatalogue('default-2025') });
  const sectors = backtestSectors(backtest.rows).length;
  const option = backtestOption(
    backtestChartData(backtest, modelVersion),
    { width: CHART_WIDTH },
    STANDARD_THEME,
    text,
  );
  return renderChartSvg(option, { width: CHART_WIDTH, height: backtestChartHeight(sectors) }, language);
}

function parseFormat(values: { json?: boolean; format?: string }): Format {
  if (values.format === undefined) return values.json ? 'json' : 'text';
  const format = FORMATS.find((entry) => entry === values.format);
  if (!format) throw new UsageError(`--format must be text, json, svg or png, got "${values.format}"`);
  if (values.json && format !== 'json') throw new UsageError(`--json and --format ${format} disagree`);
  return format;
}

/**
 * `chokepoint backtest [--mc N] [--seed S] [--grid [--points K]] [--json] [--model 1|2]
 * [--format text|json|svg|png] [--out PATH] [--lang en|zh-CN]`: the 2018 → 2024 backtest, as text, JSON
 * or the chart of the app's Model page.
 */
export const backtestCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    mc: { type: 'string' },
    seed: { type: 'string' },
    grid: { type: 'boolean' },
    points: { type: 'string' },
    json: { type: 'boolean' },
    model: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string', default: 'en' },
  });
  if (positionals.length > 0) throw new UsageError('backtest takes no FILE: it runs the built-in history');
  const draws = parseWholeNumber('mc', values.mc, 1, 100_000);
  const seed = parseWholeNumber('seed', values.seed, 0, 2 ** 32 - 1);
  const points = parseWholeNumber('points', values.points, 2, 41);
  if (points !== undefined && !values.grid) throw new UsageError('--points needs --grid');
  const modelVersion = parseModelVersion(values.model);
  const format = parseFormat(values);
  const language = LANGUAGES.find((entry) => entry === values.lang);
  if (!language) throw new UsageError(`--lang must be en or zh-CN, got "${values.lang}"`);
  if (format === 'png')
    throw new UsageError(
      'backtest --format png is not available on the command line yet (no rasteriser is bundled): use --format svg, or export PNG from the Model page of the app',
    );
  if (format === 'svg' && values.out === undefined)
    throw new UsageError('backtest --format svg needs --out PATH (the picture to write)');

  const backtest = runBacktest({ draws, seed, modelVersion });
  if (!backtest.ok) {
    io.stderr(`backtest: ${describeEngineError(backtest.error)}\n`);
    return EXIT_INVALID;
  }
  let grid: BacktestGrid | undefined;
  if (values.grid) {
    const result = runBacktestGrid({ points: points ?? DEFAULT_GRID_POINTS, modelVersion });
    if (!result.ok) {
      io.stderr(`backtest --grid: ${describeEngineError(result.error)}\n`);
      return EXIT_INVALID;
    }
    grid = result.value;
  }
  if (format === 'svg') {
    await writeOutput(backtestSvg(backtest.value, modelVersion, language), values.out, io);
    return EXIT_OK;
  }
  const loso = runLeaveOneSectorOut({ modelVersion });
  if (!loso.ok) {
    io.stderr(`backtest (leave one sector out): ${describeEngineError(loso.error)}\n`);
    return EXIT_INVALID;
  }
  if (format === 'json') {
    const json = { ...backtestJson(backtest.value, modelVersion, loso.value), ...(grid ? { grid } : {}) };
    await writeOutput(`${JSON.stringify(json, null, 2)}\n`, values.out, io);
  } else {
    const text = backtestText(backtest.value, modelVersion, loso.value) + (grid ? gridText(grid) : '');
    await writeOutput(text, values.out, io);
  }
  return EXIT_OK;
};
