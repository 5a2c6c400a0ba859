import type { ComponentType } from 'react';
import { useCallback, useDeferredValue, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useAppStore } from '../../store';
import type { PresentationProps, SectionProps } from './chart-props';
import { compareRedrawn, compareSettled } from './compare-perf';
import { CompareLegend } from './CompareLegend';
import { CompareSetup } from './CompareSetup';
import { CompareStatus } from './CompareStatus';
import { CostsSection } from './CostsSection';
import { ExportTools } from './ExportTools';
import { GoalSeekSection } from './GoalSeekSection';
import { reportBody } from './report-html';
import { OverviewSection } from './OverviewSection';
import { SectorsSection } from './SectorsSection';
import { TargetsSection } from './TargetsSection';
import { WhySection } from './WhySection';
import { useChartText } from '../../components/use-chart-text';
import { useChartTheme } from '../../components/use-chart-theme';
import { CompareEngineContext, useCompareEngineConnection } from './use-compare-engine';
import { useComparison } from './use-comparison';
import { ChartExportContext } from './chart-export';
import { useChartExportInfo } from './use-chart-export-info';
import { ViewsPanel } from './ViewsPanel';
import './compare.css';
import './print.css';

/**
 * The comparison's sections, once its runs are in. The overview, at the top of the page, follows a
 * change at once; the sections below it render the change in the background (they are memoized, so
 * the urgent render skips them) and their charts redraw when the page is idle.
 */
function CompareSections(props: SectionProps) {
  const later = { ...props, ready: useDeferredValue(props.ready) };
  // Children draw their charts in their effects, which run before this one: the redraw is complete.
  useEffect(() => compareRedrawn(), [props.ready]);
  useEffect(() => compareSettled(), [later.ready]);
  return (
    <>
      <CompareLegend scenarios={props.ready.model.scenarios} />
      <OverviewSection {...props} />
      <SectorsSection {...later} />
      <TargetsSection {...later} />
      <CostsSection {...later} />
      <WhySection {...later} />
      <GoalSeekSection {...later} />
    </>
  );
}

/**
 * Compare 2–4 scenarios against a reference: trajectories, targets, costs, and why they differ. The
 * presentation mode is given by the app shell (`Presentation`), as it is built on compare's parts.
 */
export default function CompareView({
  Presentation,
}: {
  readonly Presentation?: ComponentType<PresentationProps>;
}) {
  const { t } = useTranslation();
  const store = useAppStore();
  const headingId = useId();
  const client = useCompareEngineConnection(store);
  const state = useComparison();
  const theme = useChartTheme('standard');
  const text = useChartText(state.kind === 'ready' ? state.catalogue : undefined);
  const viewName = useApp((s) => s.compareView?.name);
  const title = viewName ? t('compare.titleNamed', { name: viewName }) : t('compare.title');
  // The slides' and the deck's title: the presenter's own, else the comparison's.
  const slideTitle = useApp((s) => s.slideTitle).trim() || title;
  const fileStem = viewName ?? t('compare.fileStem');
  // The print layout: the report's body, laid out only when printing or exporting a PDF.
  const [printHtml, setPrintHtml] = useState<string | null>(null);
  const preparePrint = useCallback(
    (html: string) =>
      new Promise<void>((resolve) => {
        setPrintHtml(reportBody(html));
        // Two frames: React commits, then the browser lays the page out.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
    [],
  );
  const ready = state.kind === 'ready' ? state : null;
  const exportInfo = useChartExportInfo(ready, theme, text);
  // A print layout of an earlier comparison is never printed.
  const [printedFor, setPrintedFor] = useState(ready);
  if (printedFor !== ready) {
    setPrintedFor(ready);
    if (printHtml !== null) setPrintHtml(null);
  }

  useEffect(() => {
    const { libraryLoaded, refreshLibrary, loadCompareDocs, refreshCompareViews } = store.getState();
    if (!libraryLoaded) void refreshLibrary();
    // The scenarios may have been edited since they were last read.
    void loadCompareDocs();
    void refreshCompareViews();
  }, [store]);

  return (
    <CompareEngineContext.Provider value={client}>
      <div className="view compare-view">
        <div className="view-header">
          <h1 id={headingId} className="view-title">
            {title}
          </h1>
          <div className="compare-header-actions">
            {ready ? (
              <ExportTools
                ready={ready}
                fileStem={fileStem}
                preparePrint={preparePrint}
                title={slideTitle}
                exportInfo={exportInfo}
              />
            ) : null}
            {Presentation ? (
              <Presentation ready={ready} text={text} defaultTitle={title} slideTitle={slideTitle} />
            ) : null}
          </div>
        </div>
        <div className="compare-layout">
          <aside className="compare-sidebar">
            <CompareSetup />
            <ViewsPanel />
          </aside>
          <div className="compare-main">
            <CompareStatus state={state} />
            {ready ? (
              <ChartExportContext.Provider value={exportInfo}>
                <CompareSections ready={ready} theme={theme} text={text} fileStem={fileStem} />
              </ChartExportContext.Provider>
            ) : null}
          </div>
        </div>
        {/* Generated by the shared report builder, which escapes every piece of user text. */}
        {printHtml === null ? null : (
          <div className="print-report" dangerouslySetInnerHTML={{ __html: printHtml }} />
        )}
      </div>
    </CompareEngineContext.Provider>
  );
}
