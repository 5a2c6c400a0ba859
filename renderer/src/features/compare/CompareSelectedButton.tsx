import { useTranslation } from 'react-i18next';
import { MAX_COMPARED } from '../../../../shared/compare';
import { useApp } from '../../store';

/** The library's way into the compare view: the 2–4 selected scenarios, the first as the reference. */
export function CompareSelectedButton() {
  const { t } = useTranslation();
  const selection = useApp((state) => state.selection);
  const startComparison = useApp((state) => state.startComparison);
  const navigate = useApp((state) => state.navigate);
  const usable = selection.length >= 2 && selection.length <= MAX_COMPARED;
  return (
    <button
      type="button"
      className="button"
      disabled={!usable}
      title={usable ? undefined : t('compare.fromLibrary.hint', { max: MAX_COMPARED })}
      onClick={() => {
        startComparison(selection);
        navigate({ view: 'compare' });
      }}
    >
      {usable
        ? t('compare.fromLibrary.compare', { count: selection.length })
        : t('compare.fromLibrary.compareNone')}
    </button>
  );
}
