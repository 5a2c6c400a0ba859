import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareError } from '../../../../shared/compare';
import type { Result } from '../../../../shared/result';
import { useAppStore } from '../../store';
import type { ReadyComparison } from './comparison-state';
import { comparisonReportHtml } from './report-html';
import { chartLanguage } from '../../components/use-chart-text';
import { useCompareEngine } from './use-compare-engine';

/** Builds the comparison's HTML report on demand (attributions from the worker, charts as SVG). */
export function useReport(ready: ReadyComparison): () => Promise<Result<string, CompareError>> {
  const { t, i18n } = useTranslation();
  const store = useAppStore();
  const engine = useCompareEngine();
  return useCallback(() => {
    const state = store.getState();
    return comparisonReportHtml({
      ready,
      docs: state.compareDocs,
      engine,
      language: chartLanguage(i18n.language),
      appVersion: state.appInfo?.version ?? '',
      // The library's file name only: its folder would print the user's name into a report sent out.
      source: fileNameOf(state.appInfo?.libraryPath) ?? t('compare.report.library'),
      // The report's charts show the observed record as the page does: unless its toggle hides it.
      observed: state.showObserved,
    });
  }, [ready, store, engine, i18n.language, t]);
}

/** The last part of a path, on any platform ("C:\\Users\\ana\\library.sqlite" → "library.sqlite"). */
export function fileNameOf(path: string | undefined): string | undefined {
  return path?.split(/[\\/]/).pop() || undefined;
}
