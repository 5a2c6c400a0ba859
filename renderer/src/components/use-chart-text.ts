import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/catalogue/types';
import type { ChartLanguage, ChartText } from '../../../shared/charts';
import { chartText } from '../../../shared/charts';

export function chartLanguage(language: string): ChartLanguage {
  return language.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The shared charts' words and number formats in the interface's language, sector names from the catalogue. */
export function useChartText(catalogue: Catalogue | undefined): ChartText {
  const { i18n } = useTranslation();
  const language = chartLanguage(i18n.language);
  return useMemo(() => chartText(language, catalogue ? { catalogue } : {}), [language, catalogue]);
}
