import type { BacktestReport } from '../cli/commands/backtest';
import { backtestJson } from '../cli/commands/backtest';
import type { BacktestSetup } from '../shared/engine/backtest';
import { BACKTEST_CORE_SECTORS, historicalSetup, runBacktest } from '../shared/engine/backtest';
import { runBacktestGrid } from '../shared/engine/backtest-grid';
import type { FitSummary } from '../shared/engine/backtest-compare';
import { runLeaveOneSectorOut } from '../shared/engine/backtest-leave-one-out';
import type { ModelVersion } from '../shared/engine/model-version';

/** The draws and seed of the published backtest tables. */
export const BACKTEST_DRAWS = 500;

/** `chokepoint backtest --mc 500 --json [--model N]` as data, the same object the command prints. */
export function backtestReport(modelVersion: ModelVersion): BacktestReport {
  const backtest = runBacktest({ draws: BACKTEST_DRAWS, modelVersion });
  const loso = runLeaveOneSectorOut({ modelVersion });
  if (!backtest.ok || !loso.ok) throw new Error(`the backtest of model version ${modelVersion} failed`);
  return backtestJson(backtest.value, modelVersion, loso.value);
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const signed = (points: number) => `${points < 0 ? '−' : '+'}${Math.abs(points).toFixed(1)}`;
const yes = (inside: boolean | undefined) => (inside ? 'yes' : 'no');
const CORE = BACKTEST_CORE_SECTORS.join(', ');

type Row = BacktestReport['rows'][number];
const observedText = (row: Row) =>
  row.note?.startsWith('approximate')
    ? `~${(100 * row.observed).toFixed(0)} %`
    : row.sector === 'LITH'
      ? '≈0–1 %'
      : row.note?.includes('lower bound')
        ? `>${(100 * row.observed).toFixed(0)} %`
        : `${Number((100 * row.observed).toFixed(1))} %`;

/** The table of every compared observation under both model versions (docs/model.md, Backtest). */
export function backtestRowsTable(v1: BacktestReport, v2: BacktestReport): string {
  const compared = v2.rows.filter((row) => row.role === 'compared');
  const order = [...compared.filter((r) => r.sample === 'in'), ...compared.filter((r) => r.sample === 'out')];
  const lines = order.map((row) => {
    const old = v1.rows.find((r) => r.sector === row.sector && r.year === row.year)!;
    const band = row.band ? `${percent(row.band.p10)}–${percent(row.band.p90)}`.replace(' %–', '–') : '';
    return `| ${row.sector} | ${row.year} | ${row.sample} | ${observedText(row)} | ${percent(old.simulated!)} | ${signed(old.error!)} | ${yes(old.inBand)} | ${percent(row.simulated!)} | ${signed(row.error!)} | ${band} | ${yes(row.inBand)} |`;
  });
  return [
    `| sector | year | sample | observed | v1 simulated | v1 error | v1 inside | v2 simulated | v2 error | v2 P10–P90 (${BACKTEST_DRAWS} draws) | v2 inside |`,
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

const mae = (fit: FitSummary) => fit.mae.toFixed(2);
const inside = (fit: FitSummary) => `${fit.inBand ?? '–'} of ${fit.compared}`;

/** Mean absolute error and coverage by set of observations, both versions, both splits. */
export function backtestSummaryTable(v1: BacktestReport, v2: BacktestReport): string {
  const rows: [string, (r: BacktestReport) => FitSummary][] = [
    [`all ${v2.summary.all.compared}`, (r) => r.summary.all],
    [`${CORE} (${v2.summary.core.compared})`, (r) => r.summary.core],
    [
      `in sample, to ${v2.lastFittedYear} (${v2.summary.inSample.all.compared})`,
      (r) => r.summary.inSample.all,
    ],
    [`in sample, ${CORE} (${v2.summary.inSample.core.compared})`, (r) => r.summary.inSample.core],
    [
      `out of sample, after ${v2.lastFittedYear} (${v2.summary.outOfSample.all.compared})`,
      (r) => r.summary.outOfSample.all,
    ],
    [`out of sample, ${CORE} (${v2.summary.outOfSample.core.compared})`, (r) => r.summary.outOfSample.core],
  ];
  return [
    '| observations | v1 MAE | v1 inside | v2 MAE | v2 inside |',
    '|---|---|---|---|---|',
    ...rows.map(
      ([label, of]) =>
        `| ${label} | ${mae(of(v1))} | ${inside(of(v1))} | **${mae(of(v2))}** | ${inside(of(v2))} |`,
    ),
  ].join('\n');
}

/** The split by sector: each observed sector predicted by the fit on the others (model version 2). */
export function leaveOneSectorOutTable(v1: BacktestReport, v2: BacktestReport): string {
  const lines = v2.leaveOneSectorOut.sectors.map((held) => {
    const old = v1.leaveOneSectorOut.sectors.find((s) => s.sector === held.sector)!;
    const fitted = Object.entries(held.fitted)
      .map(([key, value]) => `\`${key}\` ${value}`)
      .join(', ');
    const errors = held.rows.map((row) => `${row.year} ${signed(row.error!)}`).join(', ');
    return `| ${held.sector} | ${fitted || '–'} | ${errors} | ${old.mae.toFixed(2)} | **${held.mae.toFixed(2)}** |`;
  });
  const { all, core } = v2.leaveOneSectorOut.summary;
  const old = v1.leaveOneSectorOut.summary;
  return [
    '| held-out sector | fitted without it (v2) | v2 errors | v1 MAE | v2 MAE |',
    '|---|---|---|---|---|',
    ...lines,
    `| all ${all.compared} | | | ${mae(old.all)} | **${mae(all)}** |`,
    `| ${CORE} (${core.compared}) | | | ${mae(old.core)} | **${mae(core)}** |`,
  ].join('\n');
}

/** The history with only some of its inputs: the restriction schedules, the policy levers, or neither. */
function withInputs(keep: 'none' | 'restrictions' | 'levers'): BacktestSetup {
  const setup = historicalSetup();
  const sectors = Object.fromEntries(
    Object.entries(setup.scenario.sectors).map(([id, inputs]) => [
      id,
      keep === 'restrictions'
        ? { restriction: inputs.restriction }
        : keep === 'levers'
          ? { levers: inputs.levers }
          : {},
    ]),
  );
  return { ...setup, scenario: { ...setup.scenario, sectors } };
}

/** What the inputs contribute (IC, SME, ROB): deterministic runs with inputs removed, both versions. */
export function inputContributionTable(): string {
  const setups: [string, BacktestSetup][] = [
    ['2018 trends only (no restriction changes, no levers)', withInputs('none')],
    ['restrictions only', withInputs('restrictions')],
    ['policy levers only', withInputs('levers')],
    ['both (the backtest)', historicalSetup()],
  ];
  const cells = (setup: BacktestSetup, modelVersion: ModelVersion) => {
    const run = runBacktest({ setup, modelVersion });
    if (!run.ok) throw new Error('a backtest without some inputs failed');
    const error = (sector: string, year: number) =>
      run.value.rows.find((row) => row.observation.sector === sector && row.observation.year === year)!
        .error!;
    return `${run.value.summary.core.mae.toFixed(2)} | ${signed(error('SME', 2023))} | ${signed(error('ROB', 2024))}`;
  };
  return [
    '| inputs | v1 MAE | v1 SME 2023 | v1 ROB 2024 | v2 MAE | v2 SME 2023 | v2 ROB 2024 |',
    '|---|---|---|---|---|---|---|',
    ...setups.map(([label, setup]) => `| ${label} | ${cells(setup, 1)} | ${cells(setup, 2)} |`),
  ].join('\n');
}

const GRID_SYMBOLS: Readonly<Record<string, string>> = { kappaCat: 'κ_cat', lambdaSec: 'λ_sec', sPsi: 's_ψ' };

/** The calibration grid of model version 2 (`chokepoint backtest --grid`). */
export function calibrationGridTable(): string {
  const grid = runBacktestGrid({});
  if (!grid.ok) throw new Error('the calibration grid failed');
  const same = (values: readonly number[], digits: number) =>
    values.every((value) => value.toFixed(digits) === values[0]!.toFixed(digits))
      ? `${values[0]!.toFixed(digits)} at every point`
      : values.map((value) => value.toFixed(digits)).join(', ');
  const lines = grid.value.lines.map((line) => {
    const shifts = line.points.map((point) => point.maxShift);
    const shift =
      Math.max(...shifts) < 0.05
        ? `< ${Math.max(...shifts).toFixed(3)}`
        : shifts.map((x) => Number(x.toFixed(2))).join(', ');
    return `| ${GRID_SYMBOLS[line.key] ?? line.key} (\`${line.key}\`), U[${line.range[0]}, ${line.range[1]}] | ${line.points.map((p) => Number(p.value.toFixed(3))).join(', ')} | ${same(
      line.points.map((p) => p.mae),
      2,
    )} | ${same(
      line.points.map((p) => p.coreMae),
      2,
    )} | ${shift} |`;
  });
  return [
    '| parameter | values | MAE all | MAE IC, SME, ROB | shift |',
    '|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}
