import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartLanguage, Provenance } from '../../../../shared/charts';
import { comparisonProvenance, isoDate } from '../../../../shared/charts';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import { useAppStore } from '../../store';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { chartLanguage } from '../../components/use-chart-text';

/**
 * What the deck and the workbook need besides the comparison: the language and the provenance. Each
 * asks the worker for the attributions it shows (the deck the Why section's, the workbook every pair's).
 */
export interface ExportInputs {
  readonly language: ChartLanguage;
  readonly provenance: Provenance;
}

/** What the comparison's deck and workbook are built from, read when they are asked for. */
export function useExportInputs(ready: ReadyComparison, info: ChartExportInfo | null): () => ExportInputs {
  const { i18n } = useTranslation();
  const store = useAppStore();
  return useCallback(
    () => ({
      language: chartLanguage(i18n.language),
      provenance:
        info?.provenance ??
        comparisonProvenance(ready.model.trajectories, {
          appVersion: store.getState().appInfo?.version ?? '',
          modelVersion: MODEL_VERSION,
          date: isoDate(),
        }),
    }),
    [ready, info, store, i18n.language],
  );
}
