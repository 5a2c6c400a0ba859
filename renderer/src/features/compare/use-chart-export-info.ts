import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartText, ChartTheme } from '../../../../shared/charts';
import { MODEL_VERSION } from '../../../../shared/engine/model-version';
import { useApp } from '../../store';
import type { ChartExportInfo } from './chart-export';
import { today } from './chart-export';
import type { ReadyComparison } from './comparison-state';
import { drawsOf } from './use-compare-engine';

/** The scenario names, provenance and date every export of this comparison carries. */
export function useChartExportInfo(
  ready: ReadyComparison | null,
  theme: ChartTheme,
  text: ChartText,
): ChartExportInfo | null {
  const { t } = useTranslation();
  const appVersion = useApp((state) => state.appInfo?.version ?? '');
  const draws = useApp(drawsOf);
  return useMemo(() => {
    if (!ready) return null;
    const { scenarios } = ready.model;
    const reference = scenarios.filter((scenario) => scenario.reference);
    const others = scenarios.filter((scenario) => !scenario.reference);
    const complete = ready.banded === ready.outcomes.length && draws > 0;
    return {
      text,
      theme,
      legendNames: scenarios.map((s) =>
        s.reference ? t('compare.referenceName', { name: s.label }) : s.label,
      ),
      fileNames: [...reference, ...others].map((scenario) => scenario.label),
      provenance: {
        appVersion,
        modelVersion: MODEL_VERSION,
        draws: complete ? draws : null,
        seed: complete ? ready.seed : null,
        date: today(),
      },
    };
  }, [ready, theme, text, appVersion, draws, t]);
}
