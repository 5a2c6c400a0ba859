import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, useAppStore } from '../../store';
import { PresentationView } from '../presentation/PresentationView';
import type { SectionProps } from './chart-props';
import { compareRedrawn } from './compare-perf';
import { CompareLegend } from './CompareLegend';
import { CompareSetup } from './CompareSetup';
import { CompareStatus } from './CompareStatus';
import { CostsSection } from './CostsSection';
import { OverviewSection } from './OverviewSection';
import { SectorsSection } from './SectorsSection';
import { TargetsSection } from './TargetsSection';
import { WhySection } from './WhySection';
import { useChartText } from './use-chart-text';
import { useChartTheme } from './use-chart-theme';
import { CompareEngineContext, useCompareEngineConnection } from './use-compare-engine';
import { useComparison } from './use-comparison';
import { ViewsPanel } from './ViewsPanel';
import './compare.css';

/** The comparison's sections, once its runs are in. */
function CompareSections(props: SectionProps) {
  // Children draw their charts in their effects, which run before this one: the redraw is complete.
  useEffect(() => compareRedrawn(), [props.ready]);
  return (
    <>
      <CompareLegend scenarios={props.ready.model.scenarios} />
      <OverviewSection {...props} />
      <SectorsSection {...props} />
      <TargetsSection {...props} />
      <CostsSection {...props} />
      <WhySection {...props} />
    </>
  );
}

/** Compare 2–4 scenarios against a reference: trajectories, targets, costs, and why they differ. */
export default function CompareView() {
  const { t } = useTranslation();
  const store = useAppStore();
  const headingId = useId();
  const client = useCompareEngineConnection(store);
  const state = useComparison();
  const theme = useChartTheme('standard');
  const text = useChartText(state.kind === 'ready' ? state.catalogue : undefined);
  const viewName = useApp((s) => s.compareView?.name);
  const presentation = useApp((s) => s.presentation);
  const setPresentation = useApp((s) => s.setPresentation);
  const title = viewName ? t('compare.titleNamed', { name: viewName }) : t('compare.title');

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
          <div className="section-actions">
            <button type="button" className="button" onClick={() => setPresentation(true)} disabled={state.kind !== 'ready'} title={t('compare.presentation.presentHint')}>
              {t('compare.presentation.present')}
            </button>
          </div>
        </div>
        {presentation && state.kind === 'ready' ? <PresentationView ready={state} title={title} /> : null}
        <div className="compare-layout">
          <aside className="compare-sidebar">
            <CompareSetup />
            <ViewsPanel />
          </aside>
          <div className="compare-main">
            <CompareStatus state={state} />
            {state.kind === 'ready' ? <CompareSections ready={state} theme={theme} text={text} fileStem={viewName ?? t('compare.fileStem')} /> : null}
          </div>
        </div>
      </div>
    </CompareEngineContext.Provider>
  );
}
