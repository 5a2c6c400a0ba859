import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';
import { MAX_COMPARED } from '../../store/editor-slice';
import { displayName } from '../../i18n/display-name';

/** Baseline and the observed record on or off, and up to three library scenarios to compare with. */
export function TrajectoryControls() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const id = useId();
  const showBaseline = useApp((state) => state.showBaseline);
  const setShowBaseline = useApp((state) => state.setShowBaseline);
  const showObserved = useApp((state) => state.showObserved);
  const setShowObserved = useApp((state) => state.setShowObserved);
  const compared = useApp((state) => state.compared);
  const scenarioId = useApp((state) => state.scenarioId);
  const items = useApp((state) => state.libraryItems);
  const addCompared = useApp((state) => state.addCompared);
  const removeCompared = useApp((state) => state.removeCompared);
  const options = items.filter(
    (item) => item.id !== scenarioId && !compared.some((entry) => entry.id === item.id),
  );
  return (
    <div className="trajectory-controls">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showBaseline}
          onChange={(event) => setShowBaseline(event.target.checked)}
        />
        {t('trajectories.showBaseline')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showObserved}
          onChange={(event) => setShowObserved(event.target.checked)}
        />
        {t('trajectories.showObserved')}
      </label>
      <div className="field field-inline">
        <label htmlFor={`${id}-compare`} className="field-label">
          {t('trajectories.compare')}
        </label>
        <select
          id={`${id}-compare`}
          value=""
          disabled={compared.length >= MAX_COMPARED}
          onChange={(event) => event.target.value && void addCompared(event.target.value)}
        >
          <option value="">
            {compared.length >= MAX_COMPARED
              ? t('trajectories.compareFull', { count: MAX_COMPARED })
              : t('trajectories.compareChoose')}
          </option>
          {options.map((item) => (
            <option key={item.id} value={item.id}>
              {displayName(item, lang)}
            </option>
          ))}
        </select>
      </div>
      {compared.length > 0 ? (
        <ul className="compared-list">
          {compared.map((entry) => {
            const name = displayName(entry, lang);
            return (
              <li key={entry.id} className="compared-chip">
                {name}
                <button
                  type="button"
                  className="chip-remove"
                  onClick={() => removeCompared(entry.id)}
                  aria-label={t('trajectories.removeCompared', { name })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
