import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentitySwatch } from '../../components/IdentitySwatch';
import { IdentityClash } from '../../components/IdentityClash';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';
import { MAX_COMPARED } from '../../store/editor-slice';
import { displayName } from '../../../../shared/catalogue/preset-display';
import { visibleScenarios } from '../../sim/visible-scenarios';
import { visibleSlots } from './series-data';

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
  const scenario = useApp((state) => state.scenario);
  const libraryPackages = useApp((state) => state.libraryPackages);
  // Each compared scenario in the colour its lines have on the charts (a clash resolved, and said).
  const slots = visibleSlots(visibleScenarios({ scenario, showBaseline, compared, libraryPackages }, ''));
  const nameOf = (id: string) => {
    if (id === scenarioId && scenario) return displayName(scenario, lang);
    const entry = compared.find((other) => other.id === id);
    return entry ? displayName(entry, lang) : t('trajectories.baseline');
  };
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
            const slot = slots[entry.id];
            return (
              <li key={entry.id} className="compared-chip">
                <IdentitySwatch slot={slot?.slot ?? 0} />
                {name}
                {slot?.yieldsTo === undefined ? null : (
                  <IdentityClash slot={slot.slot} holder={nameOf(slot.yieldsTo)} />
                )}
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
