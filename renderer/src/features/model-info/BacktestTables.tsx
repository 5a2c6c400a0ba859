import { useTranslation } from 'react-i18next';
import type { Backtest, BacktestRow } from '../../../../shared/engine/backtest';
import { summarizeFit } from '../../../../shared/engine/backtest-compare';
import { isInSample } from '../../../../shared/engine/backtest-sample';
import type { FitSummary } from '../../../../shared/engine/backtest-compare';
import { useFormatters } from '../../i18n/format';

const compared = (row: BacktestRow) => row.role === 'compared';

/**
 * The backtest's numbers: every compared observation (observed, simulated, error, band, inside), then
 * the mean absolute error and coverage per sector and in total, in and out of sample.
 */
export function BacktestTables({
  backtest,
  version,
  sectorName,
}: {
  readonly backtest: Backtest;
  readonly version: number;
  readonly sectorName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows = backtest.rows.filter(compared);
  const ordered = [
    ...rows.filter((r) => isInSample(r.observation)),
    ...rows.filter((r) => !isInSample(r.observation)),
  ];
  const percent = (share: number) => format.percent1(share);
  const points = (value: number) => {
    const rounded = Math.round(value * 10) / 10;
    return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${format.fixed(Math.abs(rounded), 1)}`;
  };
  const sectors = [...new Set(rows.map((row) => row.observation.sector))];
  const fit = (sector: string | undefined, inSample: boolean) =>
    summarizeFit(
      rows,
      (row) =>
        (sector === undefined || row.observation.sector === sector) &&
        isInSample(row.observation) === inSample,
    );
  const mae = (summary: FitSummary) =>
    summary.compared === 0 ? t('backtest.summary.none') : format.fixed(summary.mae, 2);
  const inside = (summary: FitSummary) =>
    summary.compared === 0 || summary.inBand === undefined
      ? t('backtest.summary.none')
      : t('backtest.summary.inside', { inside: summary.inBand, count: summary.compared });
  const summaryRow = (label: string, sector: string | undefined, key: string) => {
    const [inSample, outOfSample] = [fit(sector, true), fit(sector, false)];
    return (
      <tr key={key}>
        <th scope="row">{label}</th>
        <td className="cell-number">{mae(inSample)}</td>
        <td className="cell-number">{inside(inSample)}</td>
        <td className="cell-number">{mae(outOfSample)}</td>
        <td className="cell-number">{inside(outOfSample)}</td>
      </tr>
    );
  };
  return (
    <>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('backtest.summary.caption', { version })}
      >
        <table className="data-table backtest-summary">
          <caption>{t('backtest.summary.caption', { version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backtest.summary.sector')}</th>
              <th scope="col">{t('backtest.summary.inMae')}</th>
              <th scope="col">{t('backtest.summary.inInside')}</th>
              <th scope="col">{t('backtest.summary.outMae')}</th>
              <th scope="col">{t('backtest.summary.outInside')}</th>
            </tr>
          </thead>
          <tbody>
            {sectors.map((sector) => summaryRow(sectorName(sector), sector, sector))}
            {summaryRow(t('backtest.summary.total'), undefined, 'total')}
          </tbody>
        </table>
      </div>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('backtest.table.caption', { version })}
      >
        <table className="data-table backtest-rows">
          <caption>{t('backtest.table.caption', { version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backtest.table.sector')}</th>
              <th scope="col">{t('backtest.table.year')}</th>
              <th scope="col">{t('backtest.table.sample')}</th>
              <th scope="col">{t('backtest.table.observed')}</th>
              <th scope="col">{t('backtest.table.simulated')}</th>
              <th scope="col">{t('backtest.table.error')}</th>
              <th scope="col">{t('backtest.table.band')}</th>
              <th scope="col">{t('backtest.table.inside')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((row) => {
              const { sector, year, value, source, confidence } = row.observation;
              const sample = isInSample(row.observation) ? 'in' : 'out';
              return (
                <tr key={`${sector}:${year}`} className={`sample-${sample}`}>
                  <th scope="row">{sectorName(sector)}</th>
                  <td className="cell-number">{year}</td>
                  <td>{t(`backtest.table.${sample}`)}</td>
                  <td className="cell-number" title={`${source} (${confidence})`}>
                    {percent(value)}
                  </td>
                  <td className="cell-number">{percent(row.simulated!)}</td>
                  <td className="cell-number">{points(row.error!)}</td>
                  <td className="cell-number">
                    {row.band
                      ? `${percent(row.band.p10)}–${percent(row.band.p90)}`
                      : t('backtest.table.pending')}
                  </td>
                  <td>
                    {row.inBand === undefined
                      ? t('backtest.table.pending')
                      : t(row.inBand ? 'backtest.table.yes' : 'backtest.table.no')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">{t('backtest.errorNote')}</p>
    </>
  );
}
