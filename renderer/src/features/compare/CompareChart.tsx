import type { EChartsOption } from 'echarts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withEventMarkers } from '../../../../shared/charts/event-markers';
import type { PackageMarker } from '../../components/package-markers';
import { markersSentence } from '../../components/package-markers';
import { useChartTheme } from '../../components/use-chart-theme';
import { useEChart } from '../../components/use-echart';
import {
  chartProvenance,
  EXPORT_INSET,
  exportFileStem,
  fitLegend,
  framedOption,
  sourceLine,
} from '../../../../shared/charts';
import { useChartExportInfo } from './chart-export';
import { chartDescription, renderChartPng, renderChartSvg } from '../../components/render-chart';
import { useChartOption } from './use-chart-option';
import { useSaveExport } from '../../components/use-save-export';
import { useWidth } from '../../components/use-width';

interface CompareChartProps {
  readonly option: EChartsOption;
  readonly height: number;
  readonly caption: string;
  /** What the chart shows, for its exports' file names (the scenarios and the date are added). */
  readonly fileName: string;
  /** The values' unit in words, printed on exports. */
  readonly unit: string;
  /** The exports' title (default: the caption). */
  readonly exportTitle?: string;
  /** The scenarios the exports name (default: every compared one; a waterfall shows only two). */
  readonly exportScenarios?: readonly string[];
  readonly exportable?: boolean;
  readonly className?: string;
  readonly testId?: string;
  /** Drawn as SVG (slides: sharp at any scale); canvas otherwise. */
  readonly vector?: boolean;
  /** The caption names the figure for screen readers only (a slide's title already says it). */
  readonly captionHidden?: boolean;
  /** Dated events drawn on the page's chart (its exports leave them out, for now). */
  readonly markers?: readonly PackageMarker[];
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
  unit,
  exportTitle,
  exportScenarios,
  exportable = true,
  className,
  testId,
  vector = false,
  captionHidden = false,
  markers,
}: CompareChartProps) {
  const { t, i18n } = useTranslation();
  const { chart, mount } = useEChart(vector);
  const captionId = useId();
  const save = useSaveExport();
  const info = useChartExportInfo();

  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box);
  const theme = useChartTheme('standard');
  /** The legend measured at the chart's width, above the plots; the chart grows by what it needs. */
  const fitted = useMemo(
    () => (info && width ? fitLegend(option, width, info.theme, info.text) : { option, extraHeight: 0 }),
    [option, width, info],
  );
  const shown = useMemo(
    () =>
      markers === undefined
        ? fitted.option
        : withEventMarkers(fitted.option, markers, theme, {
            // About the plot's height (one chart), or a small multiple's (several).
            labelWidth:
              Array.isArray(option.xAxis) && option.xAxis.length > 1 ? 90 : Math.max(60, height - 110),
          }),
    [fitted, option, markers, theme, height],
  );
  useChartOption(chart, box, shown);

  /** The option with a title, the scenario names, the unit and the source line, and its size. */
  const framed = () => {
    if (!chart) return null;
    const size = { width: chart.getWidth(), height: chart.getHeight() };
    // What the page draws, the observed record included when its toggle shows it.
    if (!info) return { option, ...size, stem: fileName };
    // Laid out again at the width the export is drawn at (the page's, unless it was not measured yet).
    const laid = fitLegend(option, size.width, info.theme, info.text, { inset: EXPORT_INSET });
    const frame = {
      title: exportTitle ?? caption,
      scenarios: exportScenarios ?? info.legendNames,
      unit,
      source: sourceLine(chartProvenance(option, info.provenance), info.text),
    };
    const titled = framedOption(
      laid.option,
      { width: size.width, height: size.height - fitted.extraHeight + laid.extraHeight },
      frame,
      info.theme,
      info.text,
    );
    return {
      option: titled.option,
      width: size.width,
      height: titled.height,
      stem: exportFileStem(fileName, info.fileNames, info.provenance.date),
    };
  };
  const exportPng = () => {
    const out = framed();
    if (!out) return;
    void save(out.stem, { base64: renderChartPng(out.option, out, i18n.language) }, 'png');
  };
  const exportSvg = () => {
    const out = framed();
    if (!out) return;
    void save(out.stem, { text: renderChartSvg(out.option, out, i18n.language) }, 'svg');
  };

  return (
    <figure className={`compare-figure ${className ?? ''}`} aria-labelledby={captionId}>
      <div className="compare-figure-head">
        <figcaption id={captionId} className={captionHidden ? 'visually-hidden' : 'compare-figure-caption'}>
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
        aria-label={[chartDescription(option), markersSentence(markers ?? [], t, i18n.language)]
          .filter(Boolean)
          .join(' ')}
        data-testid={testId}
      >
        <div
          ref={mount}
          className="compare-chart-canvas"
          style={{ height: height + fitted.extraHeight }}
          aria-hidden="true"
        />
      </div>
    </figure>
  );
}
