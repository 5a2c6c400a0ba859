import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCatalogue } from '../../../../shared/catalogue';
import {
  backtestChartData,
  backtestChartHeight,
  backtestOption,
  backtestSectors,
} from '../../../../shared/charts';
import { LAST_FITTED_YEAR } from '../../../../shared/engine/backtest-sample';
import type { ModelVersion } from '../../../../shared/engine/model-version';
import { describeEngineError } from '../../../../shared/engine/engine-error';
import { useChartTheme } from '../../components/use-chart-theme';
import { useEChart } from '../../components/use-echart';
import { useChartText } from '../../components/use-chart-text';
import { chartDescription, renderChartPng, renderChartSvg } from '../../components/render-chart';
import { useSaveExport } from '../../components/use-save-export';
import { useWidth } from '../../components/use-width';
import { BacktestTables } from './BacktestTables';
import { useBacktest } from './use-backtest';
import '../../components/identity.css';

const HISTORY = getCatalogue('history-2018');

/**
 * The backtest on the Model page: per observed sector, model version 2 (or 1) from 2018 with its
 * P10–P90 band against the observations, in- and out-of-sample marked apart, and the error tables.
 * The chart is the one `chokepoint backtest --format svg` writes (shared/charts/backtest-option.ts).
 */
export function BacktestView() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [version, setVersion] = useState<ModelVersion>(2);
  const { backtest, error, bands } = useBacktest(version);
  const theme = useChartTheme('standard');
  const text = useChartText(HISTORY);
  const { chart, mount } = useEChart();
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = Math.max(320, useWidth(box) || 900);
  const columns = width >= 840 ? 3 : width >= 520 ? 2 : 1;
  const save = useSaveExport();
  const sectors = backtest ? backtestSectors(backtest.rows).length : 0;
  const height = backtestChartHeight(sectors, { columns });

  const option = useMemo(() => {
    if (!backtest) return undefined;
    return backtestOption(backtestChartData(backtest, version), { width, columns }, theme, text);
  }, [backtest, version, width, columns, theme, text]);

  useEffect(() => {
    if (chart && option) chart.setOption(option, { notMerge: true });
  }, [chart, option]);

  const caption = t('backtest.chart', { version });
  const exportAs = (kind: 'png' | 'svg') => {
    if (!option) return;
    const size = { width, height };
    const name = t('backtest.exportName', { version });
    if (kind === 'png') {
      void save(name, { base64: renderChartPng(option, size, i18n.language) }, 'png');
    } else {
      void save(name, { text: renderChartSvg(option, size, i18n.language) }, 'svg');
    }
  };
  const description = (option && chartDescription(option)) || caption;

  return (
    <section className="backtest-view" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backtest.heading')}</h3>
      <p>{t('backtest.intro', { year: LAST_FITTED_YEAR })}</p>
      <fieldset className="backtest-versions">
        <legend>{t('backtest.version')}</legend>
        {([2, 1] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-version`}
              checked={version === value}
              onChange={() => setVersion(value)}
            />
            <span>{t(value === 2 ? 'backtest.v2' : 'backtest.v1')}</span>
          </label>
        ))}
      </fieldset>
      <p className="note" role="status">
        {bands.error
          ? t('backtest.bands.failed', { reason: describeEngineError(bands.error) })
          : bands.done >= bands.total && bands.band
            ? t('backtest.bands.done', { total: bands.total, seed: backtest?.summary.seed ?? '' })
            : t('backtest.bands.computing', { done: bands.done, total: bands.total })}
      </p>
      {error ? <p className="field-error">{describeEngineError(error)}</p> : null}
      <figure className="backtest-figure">
        <div className="compare-figure-head">
          <figcaption>{caption}</figcaption>
          <div role="group" aria-label={t('compare.export.chartGroup', { chart: caption })}>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => exportAs('png')}
              disabled={!option}
              aria-label={t('compare.export.pngOf', { chart: caption })}
            >
              {t('compare.export.png')}
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => exportAs('svg')}
              disabled={!option}
              aria-label={t('compare.export.svgOf', { chart: caption })}
            >
              {t('compare.export.svg')}
            </button>
          </div>
        </div>
        <div ref={setBox} role="img" aria-label={description} data-testid="backtest-chart">
          <div ref={mount} style={{ height }} aria-hidden="true" />
        </div>
      </figure>
      {backtest ? (
        <BacktestTables backtest={backtest} version={version} sectorName={text.sectorName} />
      ) : null}
    </section>
  );
}
