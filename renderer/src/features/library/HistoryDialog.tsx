import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../api-types';
import type { ApiError } from '../../../../shared/api/api-result';
import { call } from '../../api';
import { Modal } from '../../components/Modal';
import { describeApiError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/format';
import { useApp } from '../../store';
import { getCatalogue } from '../../../../shared/catalogue';
import { describeRevision } from '../../../../shared/history/describe-revision';
import type { RevisionSummary } from '../../../../shared/history/revision-summary';
import type { ScenarioChange } from '../../../../shared/history/scenario-changes';
import { scenarioChanges } from '../../../../shared/history/scenario-changes';
import { ChangeList } from '../exchange/ChangeList';
import { useChangeLanguage } from '../exchange/use-change-language';

/** The lever diff between two revisions of one scenario, older first. */
async function compareRevisions(id: string, a: number, b: number): Promise<ScenarioChange[] | ApiError> {
  const [older, newer] = await Promise.all([
    call('getRevision', { id, revision: Math.min(a, b) }),
    call('getRevision', { id, revision: Math.max(a, b) }),
  ]);
  if (!older.ok) return older.error;
  if (!newer.ok) return newer.error;
  const from = older.value.scenario;
  return scenarioChanges(from, newer.value.scenario, getCatalogue(from.catalogue));
}

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
  const language = useChangeLanguage();
  const [picked, setPicked] = useState<readonly number[]>([]);
  const [comparison, setComparison] = useState<{
    readonly a: number;
    readonly b: number;
    readonly changes: readonly ScenarioChange[];
  } | null>(null);
  const togglePicked = (revision: number) =>
    setPicked((current) =>
      current.includes(revision)
        ? current.filter((entry) => entry !== revision)
        : [...current, revision].slice(-2),
    );
  const compare = async () => {
    const [a, b] = [...picked].sort((x, y) => x - y);
    if (a === undefined || b === undefined) return;
    const result = await compareRevisions(id, a, b);
    if (Array.isArray(result)) setComparison({ a, b, changes: result });
    else setError(result);
  };
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
                <th scope="col" className="cell-check">
                  <span className="visually-hidden">{t('exchange.history.compare')}</span>
                </th>
                <th scope="col" className="cell-number">
                  {t('history.revision')}
                </th>
                <th scope="col">{t('history.savedAt')}</th>
                <th scope="col">{t('history.origin')}</th>
                <th scope="col">{t('history.name')}</th>
                <th scope="col">{t('exchange.history.author')}</th>
                <th scope="col">{t('exchange.history.changes')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.revision}>
                  <td className="cell-check">
                    <input
                      type="checkbox"
                      checked={picked.includes(revision.revision)}
                      onChange={() => togglePicked(revision.revision)}
                      aria-label={t('exchange.history.compareWith', { revision: revision.revision })}
                    />
                  </td>
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
                  <td className="cell-muted">{revision.author}</td>
                  <td className="revision-summary">
                    {revision.summary
                      ? describeRevision(revision.summary as RevisionSummary, language)
                      : t('exchange.history.notRecorded')}
                  </td>
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
      {revisions ? (
        <div className="history-compare">
          <button
            type="button"
            className="button"
            disabled={picked.length !== 2}
            onClick={() => void compare()}
          >
            {t('exchange.history.compare')}
          </button>
          {picked.length !== 2 ? (
            <span className="cell-muted"> {t('exchange.history.comparePick')}</span>
          ) : null}
          {comparison ? (
            <section aria-label={t('exchange.history.compareTitle', { a: comparison.a, b: comparison.b })}>
              <h3 className="section-title">
                {t('exchange.history.compareTitle', { a: comparison.a, b: comparison.b })}
              </h3>
              <ChangeList
                changes={comparison.changes}
                label={t('exchange.history.compareTitle', { a: comparison.a, b: comparison.b })}
              />
            </section>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
