import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartLanguage, Provenance } from '../../../../shared/charts';
import { comparisonProvenance, isoDate } from '../../../../shared/charts';
import type { CompareError, Waterfall } from '../../../../shared/compare';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import type { Result } from '../../../../shared/result';
import { ok } from '../../../../shared/result';
import { useAppStore } from '../../store';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { referenceWaterfalls } from './report-html';
import { chartLanguage } from '../../components/use-chart-text';
import { useCompareEngine } from './use-compare-engine';

/** What the deck and the workbook need besides the comparison: words, the attributions, the provenance. */
export interface ExportInputs {
  readonly language: ChartLanguage;
  /** Why each other scenario differs from the reference (attributions from the worker). */
  readonly waterfalls: Waterfall[];
  readonly provenance: Provenance;
}

/** Gathers, on demand, what the comparison's deck and workbook are built from. */
export function useExportInputs(
  ready: ReadyComparison,
  info: ChartExportInfo | null,
): () => Promise<Result<ExportInputs, CompareError>> {
  const { i18n } = useTranslation();
  const store = useAppStore();
  const engine = useCompareEngine();
  return useCallback(async () => {
    const state = store.getState();
    const language = chartLanguage(i18n.language);
    const appVersion = state.appInfo?.version ?? '';
    const waterfalls = await referenceWaterfalls({
      ready,
      docs: state.compareDocs,
      engine,
      language,
      appVersion,
      source: '',
    });
    if (!waterfalls.ok) return waterfalls;
    return ok({
      language,
      waterfalls: waterfalls.value,
      provenance:
        info?.provenance ??
        comparisonProvenance(ready.model.trajectories, {
          appVersion,
          modelVersion: MODEL_VERSION,
          date: isoDate(),
        }),
    });
  }, [ready, info, store, engine, i18n.language]);
}
