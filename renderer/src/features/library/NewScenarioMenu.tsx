import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, PRESET_INFO } from '../../../../shared/catalogue';
import type { Scenario } from '../../../../shared/domain/scenario';
import { requestFocus } from '../../focus-request';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';

/**
 * "New scenario": a blank baseline or a copy of one of the five built-in presets. A WAI-ARIA menu
 * button: Enter, Space or ArrowDown open the menu on its first item (ArrowUp on its last); in the
 * menu the arrows move (wrapping), Home/End jump, Escape closes it and returns to the button, Tab
 * closes it. The new scenario opens with the focus on its name.
 */
export function NewScenarioMenu() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const menuId = useId();
  const buttonId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
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

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (!open) return;
    const all = items();
    (open === 'last' ? all[all.length - 1] : all[0])?.focus();
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const create = async (from: Scenario, name: string, description: string, preset?: string) => {
    close(false);
    const id = await createScenario({ ...from, description }, name, preset);
    if (!id) return;
    requestFocus('scenario-name');
    navigate({ view: 'editor', id });
  };
  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const go = (next: number) => {
      event.preventDefault();
      all[(next + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };
  const blank = PRESETS[0]!;
  return (
    <div className="menu" ref={ref}>
      <button
        id={buttonId}
        ref={button}
        type="button"
        className="button button-primary"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={onButtonKey}
      >
        {t('library.new')}
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-labelledby={buttonId} className="menu-panel" onKeyDown={onMenuKey}>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              onClick={() => void create(blank, t('library.blankName'), '')}
            >
              <span className="menu-item-title">{t('library.blank')}</span>
              <span className="menu-item-note">{t('library.blankNote')}</span>
            </button>
          </li>
          {PRESET_INFO.map((info, index) => (
            <li key={info.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
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
