import { YourNameField } from '../features/exchange/YourNameField';
import { useTranslation } from 'react-i18next';
import type { Language, Theme } from '../api-types';
import { LANGUAGES, THEMES } from '../../../shared/api/settings-values';
import { useApp, useHistory } from '../store';
import type { Route } from '../store/route';
import { routeHash } from '../store/route';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

function NavLink({
  route,
  current,
  children,
  disabled,
}: {
  route: Route;
  current: boolean;
  children: string;
  disabled?: boolean;
}) {
  const navigate = useApp((state) => state.navigate);
  if (disabled)
    return (
      <span className="nav-link nav-link-disabled" aria-disabled="true">
        {children}
      </span>
    );
  return (
    <a
      className="nav-link"
      href={routeHash(route)}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(route);
      }}
    >
      {children}
    </a>
  );
}

export function Header() {
  const { t } = useTranslation();
  const route = useApp((state) => state.route);
  const scenarioId = useApp((state) => state.scenarioId);
  const language = useApp((state) => state.language);
  const theme = useApp((state) => state.theme);
  const setLanguage = useApp((state) => state.setLanguage);
  const setTheme = useApp((state) => state.setTheme);
  const undo = useApp((state) => state.undo);
  const redo = useApp((state) => state.redo);
  const { canUndo, canRedo } = useHistory();
  const editing = route.view === 'editor';
  const editorId = editing ? route.id : scenarioId;
  return (
    <header className="app-header">
      <p className="app-title">{t('app.title')}</p>
      <nav aria-label={t('nav.label')} className="app-nav">
        <NavLink route={{ view: 'library' }} current={route.view === 'library'}>
          {t('nav.library')}
        </NavLink>
        <NavLink route={{ view: 'editor', id: editorId ?? '' }} current={editing} disabled={!editorId}>
          {t('nav.editor')}
        </NavLink>
        <NavLink route={{ view: 'compare' }} current={route.view === 'compare'}>
          {t('compare.nav')}
        </NavLink>
        <NavLink route={{ view: 'plan' }} current={route.view === 'plan'}>
          {t('plan.nav')}
        </NavLink>
        <NavLink route={{ view: 'model' }} current={route.view === 'model'}>
          {t('nav.model')}
        </NavLink>
      </nav>
      <div className="app-header-tools">
        {editing ? (
          <div className="undo-tools" role="group" aria-label={t('history.undoGroup')}>
            <button
              type="button"
              className="button button-small"
              onClick={undo}
              disabled={!canUndo}
              aria-keyshortcuts="Control+Z Meta+Z"
              title={t('history.undoHint')}
            >
              {t('history.undo')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={redo}
              disabled={!canRedo}
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
              title={t('history.redoHint')}
            >
              {t('history.redo')}
            </button>
          </div>
        ) : null}
        <YourNameField />
        <label className="header-select">
          <span>{t('settings.language')}</span>
          <select value={language} onChange={(event) => void setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
        <label className="header-select">
          <span>{t('settings.theme')}</span>
          <select value={theme} onChange={(event) => void setTheme(event.target.value as Theme)}>
            {THEMES.map((code) => (
              <option key={code} value={code}>
                {t(`settings.themes.${code}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
