import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartsRendered } from '../../app/perf';
import { useEChart } from '../../components/use-echart';
import { useFormatters } from '../../i18n/format';
import { useAppStore } from '../../store';
import type { AppState } from '../../store';
import { useCatalogue } from '../editor/use-cell';
import { BandStatus } from './BandStatus';
import { aggregateOption, chokepointOption, sectorOption } from './chart-options';
import { describeCharts } from './describe-charts';
import { KeyFigures } from './KeyFigures';
import { chartScenarios } from './series-data';
import { TrajectoryControls } from './TrajectoryControls';
import './trajectories.css';

const CELL_HEIGHT = 128;
const LEGEND_HEIGHT = 28;

/**
 * Each sector's self-reliance and capability, the aggregate and the open chokepoints of the edited
 * scenario against its baseline (and compared scenarios). The charts are redrawn straight from the
 * store's simulation results, outside React's render, so a slider move reaches the screen in a frame.
 */
export function TrajectoriesPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const store = useAppStore();
  const catalogue = useCatalogue();
  const titleId = useId();
  const { mount: mountAggregate, chart: aggregateChart, colors } = useEChart();
  const { mount: mountChokepoints, chart: chokepointChart } = useEChart();
  const { mount: mountSectors, chart: sectorChart } = useEChart();
  const [columns, setColumns] = useState(2);
  const [sectorBox, setSectorBox] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!sectorBox || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      setColumns(width >= 760 ? 4 : width >= 520 ? 3 : width >= 300 ? 2 : 1);
    });
    observer.observe(sectorBox);
    return () => observer.disconnect();
  }, [sectorBox]);

  const sectorList = catalogue.sectors.map((sector) => ({ id: sector.id, name: format.text(sector.name) }));
  const rows = Math.ceil(sectorList.length / columns);

  useEffect(() => {
    if (!aggregateChart || !chokepointChart || !sectorChart || !colors) return undefined;
    const render = (state: AppState) => {
      const snapshot = state.sim;
      if (!snapshot) return;
      const visible = snapshot.items.map((item) => (item.role === 'baseline' ? { ...item, name: t('trajectories.baseline') } : item));
      const scenarios = chartScenarios(visible, snapshot.runs, snapshot.bands, colors);
      const texts = describeCharts(scenarios, sectorList, t, format);
      const labels = { selfReliance: t('trajectories.selfReliance'), capability: t('trajectories.capability'), band: t('trajectories.band') };
      aggregateChart.setOption(aggregateOption(scenarios, colors, format, { ...labels, description: texts.aggregate }), { notMerge: true });
      chokepointChart.setOption(chokepointOption(scenarios, catalogue.chokepoints.length, colors, format, { ...labels, description: texts.chokepoints }), { notMerge: true });
      sectorChart.setOption(sectorOption(scenarios, sectorList, { columns, cellHeight: CELL_HEIGHT, top: LEGEND_HEIGHT, titleWidth: sectorChart.getWidth() / columns - 12 }, colors, format, { ...labels, description: texts.sectors }), { notMerge: true });
      chartsRendered(snapshot.version);
    };
    sectorChart.resize();
    render(store.getState());
    return store.subscribe((state, previous) => {
      if (state.sim !== previous.sim) render(state);
    });
    // sectorList is derived from catalogue and format.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, aggregateChart, colors, chokepointChart, sectorChart, columns, t, format, catalogue]);

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
          <div ref={mountAggregate} className="chart chart-small" role="img" />
        </figure>
        <figure className="chart-figure">
          <figcaption className="chart-caption">{t('trajectories.chokepointsTitle')}</figcaption>
          <div ref={mountChokepoints} className="chart chart-small" role="img" />
        </figure>
      </div>
      <figure className="chart-figure">
        <figcaption className="chart-caption">{t('trajectories.sectorsTitle')}</figcaption>
        <div ref={setSectorBox} className="sector-chart-box">
          <div ref={mountSectors} className="chart" role="img" style={{ height: rows * CELL_HEIGHT + LEGEND_HEIGHT }} />
        </div>
      </figure>
    </section>
  );
}
