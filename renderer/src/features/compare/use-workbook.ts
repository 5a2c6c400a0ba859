import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { comparisonProvenance, isoDate } from '../../../../shared/charts';
import type { CompareError } from '../../../../shared/compare';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import type { Result } from '../../../../shared/result';
import { ok } from '../../../../shared/result';
import { buildWorkbook } from '../../../../shared/workbook/build-workbook';
import { useAppStore } from '../../store';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { referenceWaterfalls } from './report-html';
import { chartLanguage } from './use-chart-text';
import { useCompareEngine } from './use-compare-engine';

/**
 * Builds the comparison's Excel workbook on demand (shared/workbook, the attributions from the
 * worker): what analysts open first. exceljs is loaded only when asked for.
 */
export function useWorkbook(
  ready: ReadyComparison,
  info: ChartExportInfo | null,
): () => Promise<Result<Uint8Array, CompareError>> {
  const { i18n } = useTranslation();
  const store = useAppStore();
  const engine = useCompareEngine();
  return useCallback(async () => {
    const state = store.getState();
    const language = chartLanguage(i18n.language);
    const waterfalls = await referenceWaterfalls({
      ready,
      docs: state.compareDocs,
      engine,
      language,
      appVersion: state.appInfo?.version ?? '',
      source: '',
    });
    if (!waterfalls.ok) return waterfalls;
    const { default: ExcelJS } = await import('exceljs');
    const bytes = await buildWorkbook(
      {
        language,
        catalogue: ready.catalogue,
        model: ready.model,
        waterfalls: waterfalls.value,
        provenance:
          info?.provenance ??
          comparisonProvenance(ready.model.trajectories, {
            appVersion: state.appInfo?.version ?? '',
            modelVersion: MODEL_VERSION,
            date: isoDate(),
          }),
      },
      () => new ExcelJS.Workbook(),
    );
    return ok(bytes);
  }, [ready, info, store, engine, i18n.language]);
}
