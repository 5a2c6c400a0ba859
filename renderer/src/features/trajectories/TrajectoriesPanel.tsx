import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartsRendered } from '../../perf';
import { textLanguage } from '../../i18n';
import { useFormatters } from '../../i18n/format';
import { useAppStore } from '../../store';
import type { AppState } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import { displayName } from '../../../../shared/catalogue/preset-display';
import { BandStatus } from './BandStatus';
import type {
  ChartLayers,
  ChartText,
  ChartTheme,
  LatestData,
  ObservedPanel,
} from '../../../../shared/charts';
import {
  aggregateLayers,
  chartText,
  chokepointLayers,
  describeObserved,
  observedPanels,
  sectorLayers,
  sectorLayersHeight,
  withObservedHistoryLayers,
} from '../../../../shared/charts';
import { withLayerMarkers } from '../../../../shared/charts/event-markers';
import { afterNextPaint } from '../../components/after-next-paint';
import { markersSentence, packageMarkers } from '../../components/package-markers';
import { libraryPackageLookup } from '../../sim/runnable-scenario';
import type { EChart } from '../../components/echarts';
import { useChartTheme } from '../../components/use-chart-theme';
import { describeCharts } from './describe-charts';
import { KeyFigures } from './KeyFigures';
import { disposed, drawLayers, forgetDrawn, useLayeredChart } from './layered-chart';
import { chartScenarios } from './series-data';
import { TrajectoryControls } from './TrajectoryControls';
import '../../components/identity.css';
import './trajectories.css';

const LEGEND_HEIGHT = 28;

/** A chart's layers with the observed record before the base year, and the sentence describing it. */
function withHistory(
  layers: ChartLayers,
  panels: readonly ObservedPanel[],
  baseYear: number | undefined,
  width: number,
  format: (value: number) => string,
  text: ChartText,
  theme: ChartTheme,
): { layers: ChartLayers; description: string } {
  if (baseYear === undefined) return { layers, description: '' };
  const history = { baseYear, panels, width, format };
  return {
    layers: withObservedHistoryLayers(layers, history, theme, text),
    description: ` ${describeObserved(history, text)}`,
  };
}

/** About the height of a chart's plot (its title and axis labels take the rest): a marker's longest label. */
const plotHeight = (chart: EChart) => Math.max(40, chart.getHeight() - 80);

/** Small multiples per row, and their height, for the width the panel has (a 1280-pixel window up to 4K). */
export function sectorGridFor(width: number): { columns: number; cellHeight: number; width: number } {
  const columns = width >= 760 ? 4 : width >= 520 ? 3 : width >= 300 ? 2 : 1;
  return {
    columns,
    cellHeight: Math.round(Math.min(240, Math.max(128, (width / columns) * 0.55))),
    width: Math.round(width),
  };
}

/**
 * Each sector's self-reliance and capability, the aggregate and the open chokepoints of the edited
 * scenario against its baseline (and compared scenarios). The charts are redrawn straight from the
 * store's simulation results, outside React's render, and only their live layer on a slider move, so
 * that a move reaches the screen within a frame.
 */
export const TrajectoriesPanel = memo(function TrajectoriesPanel() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const format = useFormatters();
  const store = useAppStore();
  const catalogue = useCatalogue();
  const titleId = useId();
  const aggregate = useLayeredChart();
  const chokepoints = useLayeredChart();
  const sectors = useLayeredChart();
  const theme = useChartTheme('standard');
  const figures = useRef<(HTMLDivElement | null)[]>([]);
  // The width too: the live layer draws in pixels, so a resize redraws it. The box is measured before
  // the first paint (a layout effect) and nothing is drawn before that, so nothing is drawn twice.
  const [{ columns, cellHeight, width }, setGrid] = useState(() => sectorGridFor(0));
  const [sectorBox, setSectorBox] = useState<HTMLDivElement | null>(null);
  // The small multiples are drawn first in the frame after the first paint, so that the two charts
  // above them (and the page) are on screen sooner; afterwards they are drawn with the others.
  const sectorsShown = useRef(typeof requestAnimationFrame === 'undefined');

  useLayoutEffect(() => {
    if (!sectorBox) return undefined;
    setGrid(sectorGridFor(sectorBox.getBoundingClientRect().width || 400));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const next = sectorGridFor(entry?.contentRect.width ?? 0);
      setGrid((previous) => (previous.width === next.width ? previous : next));
    });
    observer.observe(sectorBox);
    return () => observer.disconnect();
  }, [sectorBox]);

  const sectorsHeight = sectorLayersHeight(catalogue.sectors.length, {
    columns,
    cellHeight,
    top: LEGEND_HEIGHT,
  });

  useEffect(() => {
    const layers = [
      { base: aggregate.base, live: aggregate.live },
      { base: chokepoints.base, live: chokepoints.live },
      { base: sectors.base, live: sectors.live },
    ];
    if (width === 0 || layers.some((layer) => disposed(layer.base, layer.live))) return undefined;
    forgetDrawn(...layers.map((layer) => layer.base!));
    let cancelSectors: (() => void) | undefined;
    const sectorList = catalogue.sectors.map((sector) => ({ id: sector.id, name: format.text(sector.name) }));
    const text = chartText(lang === 'zh' ? 'zh-CN' : 'en', { catalogue });
    const latest: LatestData = { scenarios: [] };
    const render = (state: AppState) => {
      const snapshot = state.sim;
      // A chart being replaced (new language or colours) is disposed before this effect is cleaned up.
      if (!snapshot || layers.some((layer) => disposed(layer.base, layer.live))) return;
      try {
        const visible = snapshot.items.map((item) => ({
          ...item,
          name: item.role === 'baseline' ? t('trajectories.baseline') : displayName(item, lang),
        }));
        const drawStart = performance.now();
        const scenarios = chartScenarios(visible, snapshot.runs, snapshot.bands);
        latest.scenarios = scenarios;
        const layout = { columns, cellHeight, top: LEGEND_HEIGHT, width: sectors.base!.getWidth() };
        // A thin labelled line at the date of each restriction package the edited scenario applies.
        const markers = packageMarkers(
          state.scenario?.restrictionPackages ?? [],
          libraryPackageLookup(state.libraryPackages),
          lang,
        );
        const sizeOf = (chart: EChart) => ({ width: chart.getWidth(), height: chart.getHeight() });
        // The observed record before the base year (a toggle hides it); aggregate self-reliance has none.
        const baseYear = state.showObserved ? scenarios.find((s) => s.run)?.run?.years[0] : undefined;
        drawLayers(
          aggregate.base!,
          aggregate.live!,
          withLayerMarkers(
            aggregateLayers(scenarios, sizeOf(aggregate.base!), theme, text, latest),
            markers,
            theme,
            { labelWidth: plotHeight(aggregate.base!) },
          ),
        );
        const chokepointsDrawn = withHistory(
          chokepointLayers(
            scenarios,
            catalogue.chokepoints.length,
            sizeOf(chokepoints.base!),
            theme,
            text,
            latest,
          ),
          observedPanels('chokepointsOpen', [{ grid: 0 }], baseYear ?? 0),
          baseYear,
          chokepoints.base!.getWidth(),
          text.format.integer,
          text,
          theme,
        );
        // Markers go on last, over the observed record's panels too (a 2019 package stands there).
        drawLayers(
          chokepoints.base!,
          chokepoints.live!,
          withLayerMarkers(chokepointsDrawn.layers, markers, theme, {
            labelWidth: plotHeight(chokepoints.base!),
          }),
        );
        const plots = sectorList.map((sector, grid) => ({ grid, sectorId: sector.id, name: sector.name }));
        const sectorsDrawn = withHistory(
          sectorLayers(scenarios, sectorList, layout, theme, text, latest),
          observedPanels('S', plots, baseYear ?? 0),
          baseYear,
          layout.width,
          text.format.percent1,
          text,
          theme,
        );
        if (sectorsShown.current) {
          drawLayers(
            sectors.base!,
            sectors.live!,
            withLayerMarkers(sectorsDrawn.layers, markers, theme, { labelWidth: cellHeight - 60 }),
          );
        } else {
          cancelSectors ??= afterNextPaint(() => {
            sectorsShown.current = true;
            render(store.getState());
          });
        }
        const texts = describeCharts(scenarios, sectorList, t, format);
        // The markers, said: a screen reader hears which events the dashed lines stand for.
        const said = markersSentence(markers, t, format.language);
        const marked = said === '' ? '' : ` ${said}`;
        figures.current[0]?.setAttribute('aria-label', texts.aggregate + marked);
        figures.current[1]?.setAttribute(
          'aria-label',
          texts.chokepoints + chokepointsDrawn.description + marked,
        );
        figures.current[2]?.setAttribute('aria-label', texts.sectors + sectorsDrawn.description + marked);
        performance.measure('charts-draw', { start: drawStart });
        chartsRendered(snapshot.version, snapshot.items.length > 0 && snapshot.runs.size > 0);
      } catch (error) {
        // A drawing problem must not stop the store's other listeners (React's among them).
        console.error(error);
      }
    };
    // The base layers follow their boxes (use-echart.ts); measure them now, before drawing in their pixels.
    for (const layer of layers) layer.base!.resize();
    render(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.sim !== previous.sim || state.showObserved !== previous.showObserved) render(state);
    });
    return () => {
      unsubscribe();
      cancelSectors?.();
    };
  }, [
    store,
    aggregate.base,
    aggregate.live,
    theme,
    chokepoints.base,
    chokepoints.live,
    sectors.base,
    sectors.live,
    columns,
    cellHeight,
    width,
    t,
    format,
    catalogue,
    lang,
  ]);

  const layered = (
    index: number,
    chart: ReturnType<typeof useLayeredChart>,
    className: string,
    height?: number,
  ) => (
    <div
      ref={(element) => {
        figures.current[index] = element;
      }}
      className={`chart-layers ${className}`}
      role="img"
      aria-label={t('trajectories.aria.none')}
      {...(height === undefined ? {} : { style: { height } })}
    >
      <div ref={chart.mountBase} className="chart-layer" aria-hidden="true" />
      <canvas ref={chart.mountLive} className="chart-layer" aria-hidden="true" />
    </div>
  );

  return (
    <section className="trajectories-pane" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId} className="section-title">
          {t('trajectories.title')}
        </h2>
        <BandStatus />
      </div>
      <TrajectoryControls />
      <KeyFigures />
      <div className="chart-row">
        <figure className="chart-figure">
          <figcaption className="chart-caption">{t('trajectories.aggregateTitle')}</figcaption>
          {layered(0, aggregate, 'chart-small')}
        </figure>
        <figure className="chart-figure">
          <figcaption className="chart-caption">{t('trajectories.chokepointsTitle')}</figcaption>
          {layered(1, chokepoints, 'chart-small')}
        </figure>
      </div>
      <figure className="chart-figure">
        <figcaption className="chart-caption">{t('trajectories.sectorsTitle')}</figcaption>
        <div ref={setSectorBox} className="sector-chart-box">
          {layered(2, sectors, 'chart-sectors', sectorsHeight)}
        </div>
      </figure>
    </section>
  );
});
