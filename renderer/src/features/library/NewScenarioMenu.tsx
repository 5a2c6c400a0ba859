import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, PRESET_INFO } from '../../../../shared/catalogue';
import type { Scenario } from '../../../../shared/domain/scenario';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';

/** "New scenario": a blank baseline or a copy of one of the five built-in presets. */
export function NewScenarioMenu() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const createScenario = useApp((state) => state.createScenario);
  const navigate = useApp((state) => state.navigate);

  useEffect(() => {
    if (!open) return undefined;
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const create = async (from: Scenario, name: string, description: string, preset?: string) => {
    setOpen(false);
    const id = await createScenario({ ...from, description }, name, preset);
    if (id) navigate({ view: 'editor', id });
  };
  const blank = PRESETS[0]!;
  return (
    <div className="menu" ref={ref} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="button button-primary"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t('library.new')}
      </button>
      {open ? (
        <ul id={menuId} className="menu-panel">
          <li>
            <button
              type="button"
              className="menu-item"
              onClick={() => void create(blank, t('library.blankName'), '')}
            >
              <span className="menu-item-title">{t('library.blank')}</span>
              <span className="menu-item-note">{t('library.blankNote')}</span>
            </button>
          </li>
          {PRESET_INFO.map((info, index) => (
            <li key={info.id}>
              <button
                type="button"
                className="menu-item"
                // A new scenario describes itself: the preset it started from is its origin, not its description.
                onClick={() => void create(PRESETS[index]!, info.name[lang], '', info.name[lang])}
              >
                <span className="menu-item-title">{t('library.fromPreset', { name: info.name[lang] })}</span>
                <span className="menu-item-note">{info.description[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
