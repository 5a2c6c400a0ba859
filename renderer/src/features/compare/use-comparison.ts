import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';
import { displayName } from '../../../../shared/catalogue/preset-display';
import type { ComparisonState } from './comparison-state';
import { comparisonState } from './comparison-state';
import { drawsOf } from './use-compare-engine';

/** The comparison on screen, rebuilt when the selection, the reference, the rate or the runs change. */
export function useComparison(): ComparisonState {
  const { i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const compare = useApp((state) => state.compare);
  const docs = useApp((state) => state.compareDocs);
  const snapshot = useApp((state) => state.compareSnapshot);
  const draws = useApp(drawsOf);
  const discountRate = useApp((state) => state.compareOptions.discountRate);
  return useMemo(
    () =>
      comparisonState({
        ids: compare.ids,
        referenceId: compare.referenceId,
        docs,
        snapshot,
        draws,
        discountRate,
        displayName: (scenario) => displayName(scenario, lang),
      }),
    [compare, docs, snapshot, draws, discountRate, lang],
  );
}
