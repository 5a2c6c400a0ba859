import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageRevision, StoredPackage } from '../../api-types';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { useCatalogue } from '../../store/use-catalogue';
import { formatInputValue } from '../../components/input-format';

/** Every revision of a library package, newest first, with its levels; any one can be restored. */
export function PackageHistoryDialog({
  stored,
  onClose,
}: {
  readonly stored: StoredPackage;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogue();
  const notify = useApp((state) => state.notify);
  const restore = useApp((state) => state.restorePackageRevision);
  const [revisions, setRevisions] = useState<readonly PackageRevision[] | null>(null);
  useEffect(() => {
    let live = true;
    void call('packageHistory', { id: stored.package.id }).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.value);
      else notify({ tone: 'error', kind: 'api', context: 'packages.error.history', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [stored.package.id, notify]);

  const origin = (revision: PackageRevision) =>
    revision.origin === 'restore'
      ? t('packages.history.origin.restore', { revision: revision.restoredFrom ?? '?' })
      : t(`packages.history.origin.${revision.origin}`, { file: revision.fileName ?? '' });
  const levels = (revision: PackageRevision) =>
    Object.entries(revision.package.sectors)
      .map(([id, inputs]) => {
        const sector = catalogue.sectors.find((candidate) => candidate.id === id);
        const steps =
          typeof inputs.restriction === 'number'
            ? [{ year: revision.package.year, value: inputs.restriction }]
            : inputs.restriction;
        const text = steps
          .map((step) => `${step.year}: ${formatInputValue('restriction', step.value, format)}`)
          .join(', ');
        return `${sector ? format.text(sector.name) : id} ${text}`;
      })
      .join('; ');

  return (
    <Modal title={t('packages.history.title', { name: stored.package.name })} onClose={onClose} wide>
      {revisions === null ? <p className="loading">{t('common.loading')}</p> : null}
      <ol className="package-history">
        {(revisions ?? []).map((revision) => (
          <li key={revision.revision} className="package-history-item">
            <div>
              <strong>{t('packages.history.revision', { revision: revision.revision })}</strong>{' '}
              <span className="cell-muted">
                {t('packages.history.saved', {
                  date: format.dateTime(revision.savedAt),
                  author: revision.author || t('packages.history.nobody'),
                })}
                {' · '}
                {origin(revision)}
              </span>
            </div>
            <div>
              {revision.package.name} — {levels(revision)}
            </div>
            {revision.revision === stored.revision ? (
              <span className="badge">{t('packages.history.current')}</span>
            ) : (
              <button
                type="button"
                className="button button-small"
                aria-label={t('packages.history.restoreNamed', { revision: revision.revision })}
                onClick={() =>
                  void restore(stored.package.id, revision.revision).then((done) => done && onClose())
                }
              >
                {t('packages.history.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </Modal>
  );
}
