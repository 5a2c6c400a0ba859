import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../api-types';
import type { ApiError } from '../../../../shared/api/api-result';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { describeApiError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';

interface HistoryDialogProps {
  readonly id: string;
  readonly name: string;
  readonly onClose: () => void;
}

/** Every revision of a scenario, newest first; restoring writes the old content as a new revision. */
export function HistoryDialog({ id, name, onClose }: HistoryDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const restoreRevision = useApp((state) => state.restoreRevision);
  const [revisions, setRevisions] = useState<readonly RevisionInfo[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void call('scenarioHistory', { id }).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [id]);
  const head = revisions?.[0]?.revision;
  return (
    <Modal
      title={t('history.title', { name })}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      {error ? (
        <p role="alert" className="error-text">
          {describeApiError(error, t, 'history.error')}
        </p>
      ) : null}
      {!revisions && !error ? <p>{t('common.loading')}</p> : null}
      {revisions ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('history.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col" className="cell-number">
                  {t('history.revision')}
                </th>
                <th scope="col">{t('history.savedAt')}</th>
                <th scope="col">{t('history.origin')}</th>
                <th scope="col">{t('history.name')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.revision}>
                  <td className="cell-number">{format.integer(revision.revision)}</td>
                  <td>
                    <time dateTime={revision.savedAt}>{format.dateTime(revision.savedAt)}</time>
                  </td>
                  <td>
                    {t(`history.origins.${revision.origin}`)}
                    {revision.provenance.restoredFrom !== undefined
                      ? ` (${t('history.from', { revision: revision.provenance.restoredFrom })})`
                      : ''}
                    {revision.provenance.fileName ? ` (${revision.provenance.fileName})` : ''}
                  </td>
                  <td>{revision.name}</td>
                  <td>
                    {revision.revision === head ? (
                      <span className="badge">{t('history.current')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() =>
                          void restoreRevision(id, revision.revision).then((done) => done && onClose())
                        }
                        aria-label={t('history.restoreRevision', { revision: revision.revision })}
                      >
                        {t('history.restore')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Modal>
  );
}
