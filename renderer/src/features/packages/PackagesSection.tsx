import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_PACKAGES } from '../../../../shared/packages/built-in-packages';
import type { RestrictionPackage } from '../../../../shared/packages/restriction-package';
import type { StoredPackage } from '../../api-types';
import { textLanguage } from '../../i18n';
import { useFormatters } from '../../i18n/format';
import { packageDate, packageDescription, packageName } from '../../i18n/package-display';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import { PackageDialog } from './PackageDialog';
import { PackageHistoryDialog } from './PackageHistoryDialog';
import './packages.css';

type Dialog =
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly stored: StoredPackage }
  | { readonly kind: 'history'; readonly stored: StoredPackage };

/**
 * The library's restriction packages: the user's (new, edit, history, trash, restore), with the
 * scenarios that apply each, and the built-in ones with their sources.
 */
export function PackagesSection() {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const format = useFormatters();
  const catalogue = useCatalogue();
  const stored = useApp((state) => state.libraryPackages);
  const refresh = useApp((state) => state.refreshPackages);
  const trash = useApp((state) => state.trashPackage);
  const untrash = useApp((state) => state.untrashPackage);
  const emptyTrash = useApp((state) => state.emptyPackageTrash);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const mine = stored.filter((entry) => entry.deletedAt === null);
  const trashed = stored.filter((entry) => entry.deletedAt !== null);
  const sectors = (entry: RestrictionPackage) =>
    format.list(
      Object.keys(entry.sectors).map((id) => {
        const sector = catalogue.sectors.find((candidate) => candidate.id === id);
        return sector ? format.text(sector.name) : id;
      }),
    );
  const users = (entry: StoredPackage) =>
    entry.usedBy.length === 0
      ? t('packages.library.nobody')
      : t('packages.library.users', { count: entry.usedBy.length });
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('packages.library.name')}</th>
        <th scope="col">{t('packages.library.date')}</th>
        <th scope="col">{t('packages.library.sectors')}</th>
        <th scope="col">{t('packages.library.source')}</th>
        <th scope="col">{t('packages.library.usedBy')}</th>
        <th scope="col">{t('packages.library.actions')}</th>
      </tr>
    </thead>
  );
  const blank: RestrictionPackage = {
    id: crypto.randomUUID(),
    name: '',
    year: new Date().getFullYear() + 1,
    source: '',
    sectors: {},
  };

  return (
    <section className="packages-section" aria-labelledby="packages-heading">
      <div className="section-header">
        <h2 id="packages-heading" className="section-title">
          {t('packages.library.heading')}
        </h2>
        <button type="button" className="button button-small" onClick={() => setDialog({ kind: 'new' })}>
          {t('packages.library.new')}
        </button>
      </div>
      <p className="hint">{t('packages.library.intro')}</p>
      <h3 className="field-label">{t('packages.library.mineHeading', { count: mine.length })}</h3>
      {mine.length === 0 ? (
        <p className="cell-muted">{t('packages.library.none')}</p>
      ) : (
        <table className="package-table" data-testid="library-packages">
          {head}
          <tbody>
            {mine.map((entry) => (
              <tr key={entry.package.id}>
                <th scope="row">{entry.package.name}</th>
                <td>{packageDate(entry.package, i18n.language)}</td>
                <td>{sectors(entry.package)}</td>
                <td className="package-source-cell">{entry.package.source}</td>
                <td title={entry.usedBy.map((user) => user.name).join(', ')}>{users(entry)}</td>
                <td>
                  <div className="package-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('packages.library.editNamed', { name: entry.package.name })}
                      onClick={() => setDialog({ kind: 'edit', stored: entry })}
                    >
                      {t('packages.library.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('packages.library.historyNamed', { name: entry.package.name })}
                      onClick={() => setDialog({ kind: 'history', stored: entry })}
                    >
                      {t('packages.library.history')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      aria-label={t('packages.library.trashNamed', { name: entry.package.name })}
                      onClick={() => void trash(entry.package.id)}
                    >
                      {t('packages.library.trash')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {trashed.length > 0 ? (
        <details className="trash">
          <summary>{t('packages.library.trashHeading', { count: trashed.length })}</summary>
          <ul className="trash-list">
            {trashed.map((entry) => (
              <li key={entry.package.id}>
                <span className="trash-name">{entry.package.name}</span>
                <span className="cell-muted">{users(entry)}</span>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('packages.library.restoreNamed', { name: entry.package.name })}
                  onClick={() => void untrash(entry.package.id)}
                >
                  {t('packages.library.restore')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => void emptyTrash()}
          >
            {t('packages.library.emptyTrash')}
          </button>
        </details>
      ) : null}
      <details className="packages-built-in">
        <summary>{t('packages.library.builtInHeading', { count: BUILT_IN_PACKAGES.length })}</summary>
        <table className="package-table">
          {head}
          <tbody>
            {BUILT_IN_PACKAGES.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  {packageName(entry, lang)}
                  {entry.hypothetical ? (
                    <span className="badge badge-accent">{t('packages.badge.hypothetical')}</span>
                  ) : null}
                  <div className="cell-muted">{packageDescription(entry, lang)}</div>
                </th>
                <td>{packageDate(entry, i18n.language)}</td>
                <td>{sectors(entry)}</td>
                <td className="package-source-cell">
                  {entry.source} <span className="confidence">{entry.confidence}</span>
                </td>
                <td>—</td>
                <td>{t('packages.badge.builtIn')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {dialog?.kind === 'new' ? (
        <PackageDialog
          title={t('packages.dialog.newTitle')}
          initial={blank}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <PackageDialog
          title={t('packages.dialog.editTitle', { name: dialog.stored.package.name })}
          initial={dialog.stored.package}
          revision={dialog.stored.revision}
          usedBy={dialog.stored.usedBy}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'history' ? (
        <PackageHistoryDialog stored={dialog.stored} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}
