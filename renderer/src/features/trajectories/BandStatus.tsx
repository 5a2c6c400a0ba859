import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';

/** How far the Monte Carlo bands of the edited scenario have refined. */
export function BandStatus() {
  const { t } = useTranslation();
  const format = useFormatters();
  const state = useApp((s) => {
    const edited = s.sim?.items.find((item) => item.role === 'edited');
    return edited ? s.sim?.bands.get(edited.key) : undefined;
  });
  let text: string;
  if (!state) text = t('bands.waiting');
  else if (!state.outcome.ok) text = t('bands.failed');
  else if (state.done < state.total)
    text = t('bands.refining', { done: format.integer(state.done), total: format.integer(state.total) });
  else text = t('bands.done', { total: format.integer(state.total) });
  return (
    <p className="band-status" role="status" data-bands={state ? `${state.done}/${state.total}` : 'none'}>
      {text}
    </p>
  );
}
