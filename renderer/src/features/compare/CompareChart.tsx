import type { EChartsOption } from 'echarts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEChart } from '../../components/use-echart';
import { chartDescription, renderChartSvg } from './compare-echarts';
import { useChartOption } from './use-chart-option';
import { useSaveExport } from './use-save-export';

interface CompareChartProps {
  readonly option: EChartsOption;
  readonly height: number;
  readonly caption: string;
  /** File name of the chart's PNG and SVG exports, without extension. */
  readonly fileName: string;
  readonly exportable?: boolean;
  readonly className?: string;
  readonly testId?: string;
}

/**
 * One of the shared chart options on a canvas, with its description for screen readers (the chart
 * itself is hidden from them) and PNG (2×) and SVG exports.
 */
export function CompareChart({
  option,
  height,
  caption,
  fileName,
  exportable = true,
  className,
  testId,
}: CompareChartProps) {
  const { t, i18n } = useTranslation();
  const { chart, mount } = useEChart();
  const captionId = useId();
  const save = useSaveExport();

  const [box, setBox] = useState<HTMLDivElement | null>(null);
  useChartOption(chart, box, option);

  const exportPng = () => {
    if (!chart) return;
    const background = typeof option.backgroundColor === 'string' ? option.backgroundColor : '#ffffff';
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    void save(fileName, { base64: url.slice(url.indexOf(',') + 1), type: 'image/png' }, 'png');
  };
  const exportSvg = () => {
    if (!chart) return;
    const svg = renderChartSvg(option, { width: chart.getWidth(), height: chart.getHeight() }, i18n.language);
    void save(fileName, { text: svg }, 'svg');
  };

  return (
    <figure className={`compare-figure ${className ?? ''}`} aria-labelledby={captionId}>
      <div className="compare-figure-head">
        <figcaption id={captionId} className="compare-figure-caption">
          {caption}
        </figcaption>
        {exportable ? (
          <div
            className="compare-figure-tools"
            role="group"
            aria-label={t('compare.export.chartGroup', { chart: caption })}
          >
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={exportPng}
              disabled={!chart}
              aria-label={t('compare.export.pngOf', { chart: caption })}
            >
              {t('compare.export.png')}
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={exportSvg}
              disabled={!chart}
              aria-label={t('compare.export.svgOf', { chart: caption })}
            >
              {t('compare.export.svg')}
            </button>
          </div>
        ) : null}
      </div>
      <div
        ref={setBox}
        className="compare-chart"
        role="img"
        aria-label={chartDescription(option)}
        data-testid={testId}
      >
        <div ref={mount} className="compare-chart-canvas" style={{ height }} aria-hidden="true" />
      </div>
    </figure>
  );
}
