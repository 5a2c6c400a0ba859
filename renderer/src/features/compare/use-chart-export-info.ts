import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText, ChartTheme } from '../../../../shared/charts';
import { comparisonProvenance, isoDate } from '../../../../shared/charts';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import { useApp } from '../../store';
import type { ChartExportInfo } from './chart-export';
import type { ReadyComparison } from './comparison-state';

/** The scenario names, provenance and date every export of this comparison carries. */
export function useChartExportInfo(
  ready: ReadyComparison | null,
  theme: ChartTheme,
  text: ChartText,
): ChartExportInfo | null {
  const { t } = useTranslation();
  const appVersion = useApp((state) => state.appInfo?.version ?? '');
  return useMemo(() => {
    if (!ready) return null;
    const { scenarios } = ready.model;
    const reference = scenarios.filter((scenario) => scenario.reference);
    const others = scenarios.filter((scenario) => !scenario.reference);
    return {
      text,
      theme,
      legendNames: scenarios.map((s) =>
        s.reference ? t('compare.referenceName', { name: s.label }) : s.label,
      ),
      fileNames: [...reference, ...others].map((scenario) => scenario.label),
      // Draws and seed as the bands on screen have them: the exports show what the page shows.
      provenance: comparisonProvenance(ready.model.trajectories, {
        appVersion,
        modelVersion: MODEL_VERSION,
        date: isoDate(),
      }),
    };
  }, [ready, theme, text, appVersion, t]);
}
