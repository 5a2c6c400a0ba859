import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';

/**
 * Saved comparisons (the library's views): the one on screen saved under a name, so that it reopens
 * exactly (scenarios, order, reference, display options), and the list to reopen or delete them.
 */
export function ViewsPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const nameId = useId();
  const views = useApp((state) => state.compareViews);
  const current = useApp((state) => state.compareView);
  const count = useApp((state) => state.compare.ids.length);
  const save = useApp((state) => state.saveCompareView);
  const open = useApp((state) => state.openCompareView);
  const remove = useApp((state) => state.deleteCompareView);
  const [draft, setDraft] = useState<string | null>(null);
  const name = draft ?? current?.name ?? '';
  const canSave = count >= 2 && name.trim() !== '';
  const submit = (asNew: boolean) => {
    if (!canSave) return;
    void save(name.trim(), asNew).then((saved) => saved && setDraft(null));
  };
  return (
    <section className="compare-views" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('compare.views.heading')}
      </h2>
      <form
        className="compare-views-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        <label htmlFor={nameId} className="field-label">
          {t('compare.views.name')}
        </label>
        <input
          id={nameId}
          className="text-input"
          value={name}
          maxLength={200}
          placeholder={t('compare.views.placeholder')}
          onChange={(event) => setDraft(event.target.value)}
        />
        <div className="section-actions">
          <button type="submit" className="button button-small button-primary" disabled={!canSave}>
            {current ? t('compare.views.update') : t('compare.views.save')}
          </button>
          {current ? (
            <button
              type="button"
              className="button button-small"
              disabled={!canSave}
              onClick={() => submit(true)}
            >
              {t('compare.views.saveNew')}
            </button>
          ) : null}
        </div>
      </form>
      {views.length ? (
        <ul className="compare-views-list" aria-label={t('compare.views.list')}>
          {views.map((view) => (
            <li key={view.id} className="compare-views-item">
              <span className="compare-views-name">
                {view.name}
                {view.id === current?.id ? (
                  <span className="badge badge-accent">{t('compare.views.current')}</span>
                ) : null}
              </span>
              <span className="compare-views-meta">
                {t('compare.views.meta', {
                  count: view.scenarioIds.length,
                  date: format.date(view.updatedAt),
                })}
                {view.missingScenarioIds.length
                  ? ` ${t('compare.views.incomplete', { count: view.missingScenarioIds.length })}`
                  : ''}
              </span>
              <span className="section-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void open(view.id)}
                  aria-label={t('compare.views.openNamed', { name: view.name })}
                >
                  {t('compare.views.open')}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => void remove(view.id)}
                  aria-label={t('compare.views.deleteNamed', { name: view.name })}
                >
                  {t('compare.views.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('compare.views.empty')}</p>
      )}
    </section>
  );
}
