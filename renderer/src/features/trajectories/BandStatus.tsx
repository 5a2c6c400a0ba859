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
  // For the benchmark: whether every visible scenario's bands are complete, not only the edited one's.
  const allDone = useApp(
    (s) =>
      !!s.sim &&
      s.sim.items.length > 0 &&
      s.sim.items.every((item) => {
        const band = s.sim!.bands.get(item.key);
        return band !== undefined && band.done >= band.total;
      }),
  );
  let text: string;
  if (!state) text = t('bands.waiting');
  else if (!state.outcome.ok) text = t('bands.failed');
  else if (state.done < state.total)
    text = t('bands.refining', { done: format.integer(state.done), total: format.integer(state.total) });
  else text = t('bands.done', { total: format.integer(state.total) });
  return (
    <p
      className="band-status"
      role="status"
      data-bands={state ? `${state.done}/${state.total}` : 'none'}
      data-bands-all={allDone ? 'done' : 'refining'}
    >
      {text}
    </p>
  );
}
