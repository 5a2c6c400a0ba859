import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { textLanguage } from '../../i18n';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { displayName } from '../../../../shared/catalogue/preset-display';

/** Scenarios moved to the trash: restore them, or delete them for good. */
export function TrashSection() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const format = useFormatters();
  const items = useApp((state) => state.trashItems);
  const refreshTrash = useApp((state) => state.refreshTrash);
  const untrash = useApp((state) => state.untrashScenarios);
  const notify = useApp((state) => state.notify);
  useEffect(() => {
    void refreshTrash();
  }, [refreshTrash]);
  const purge = async (ids?: string[]) => {
    const result = await call('emptyTrash', ids ? { ids } : {});
    if (!result.ok) notify({ tone: 'error', kind: 'api', context: 'trash.error', error: result.error });
    await refreshTrash();
  };
  return (
    <details className="trash">
      <summary>{t('trash.title', { count: items.length })}</summary>
      {items.length === 0 ? (
        <p className="cell-muted">{t('trash.empty')}</p>
      ) : (
        <>
          <ul className="trash-list">
            {items.map((item) => {
              const name = displayName(item, lang);
              return (
                <li key={item.id}>
                  <span className="trash-name">{name}</span>
                  <span className="cell-muted">
                    {item.deletedAt ? t('trash.deletedAt', { date: format.dateTime(item.deletedAt) }) : ''}
                  </span>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void untrash([item.id])}
                    aria-label={t('trash.restoreNamed', { name })}
                  >
                    {t('trash.restore')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => void purge([item.id])}
                    aria-label={t('trash.deleteNamed', { name })}
                  >
                    {t('trash.delete')}
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button button-small button-danger" onClick={() => void purge()}>
            {t('trash.emptyAll')}
          </button>
        </>
      )}
    </details>
  );
}
