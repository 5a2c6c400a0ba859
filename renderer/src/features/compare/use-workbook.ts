import { useCallback } from 'react';
import type { CompareError } from '../../../../shared/compare';
import type { Result } from '../../../../shared/result';
import { ok } from '../../../../shared/result';
import { buildWorkbook } from '../../../../shared/workbook/build-workbook';
import { useAppStore } from '../../store';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { referenceWaterfalls } from './report-html';
import { useCompareEngine } from './use-compare-engine';
import { useExportInputs } from './use-export-inputs';

/**
 * Builds the comparison's Excel workbook on demand (shared/workbook, the attributions from the
 * worker): what analysts open first. exceljs is loaded only when asked for.
 */
export function useWorkbook(
  ready: ReadyComparison,
  info: ChartExportInfo | null,
): () => Promise<Result<Uint8Array, CompareError>> {
  const gather = useExportInputs(ready, info);
  const store = useAppStore();
  const engine = useCompareEngine();
  return useCallback(async () => {
    // Why each other scenario differs from the reference (attributions from the worker).
    const waterfalls = await referenceWaterfalls({ ready, docs: store.getState().compareDocs, engine });
    if (!waterfalls.ok) return waterfalls;
    const { default: ExcelJS } = await import('exceljs');
    const bytes = await buildWorkbook(
      // The observed record's sheet as the page shows the record: unless its toggle hides it.
      {
        ...gather(),
        waterfalls: waterfalls.value,
        catalogue: ready.catalogue,
        model: ready.model,
        observed: store.getState().showObserved,
      },
      () => new ExcelJS.Workbook(),
    );
    return ok(bytes);
  }, [ready, gather, store, engine]);
}
