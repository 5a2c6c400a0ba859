import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewItem } from '../../api-types';
import type { ConflictPolicy, ScenarioChoice } from '../../../../shared/api/library-schemas';
import type { ScenarioChange } from '../../../../shared/history/scenario-changes';
import { Modal } from '../../components/Modal';
import { useFormatters } from '../../i18n/format';
import { ChangeList } from '../exchange/ChangeList';
import { cellLabel, cellValue } from '../exchange/cell-label';
import { useChangeLanguage } from '../exchange/use-change-language';

/** What the user decided for a file: a choice per scenario, by its id in the file. */
export interface ImportDecision {
  readonly choices: Readonly<Record<string, ScenarioChoice>>;
}

interface ConflictDialogProps {
  readonly fileName: string;
  readonly conflicts: readonly ImportPreviewItem[];
  readonly onChoose: (decision: ImportDecision | null) => void;
}

type Sides = Record<string, 'ours' | 'theirs'>;

function initialChoice(item: ImportPreviewItem): ConflictPolicy {
  if (item.merge.available) return 'merge';
  return 'keep-both';
}

function ConflictItem({
  item,
  policy,
  sides,
  onPolicy,
  onSide,
}: {
  readonly item: ImportPreviewItem;
  readonly policy: ConflictPolicy;
  readonly sides: Sides;
  readonly onPolicy: (policy: ConflictPolicy) => void;
  readonly onSide: (cell: string, side: 'ours' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const language = useChangeLanguage();
  const library = item.library;
  const author = (name: string) => name || t('exchange.conflict.nobody');
  const policies: ConflictPolicy[] = item.merge.available
    ? ['merge', 'keep-both', 'replace', 'skip']
    : ['keep-both', 'replace', 'skip'];
  const unset = t('exchange.conflict.unset');
  return (
    <li className="conflict-item">
      <h3 className="section-title">
        {item.name}{' '}
        <span className="cell-muted">
          ({t(item.status === 'conflict' ? 'exchange.conflict.sameId' : 'exchange.conflict.sameName')})
        </span>
      </h3>
      <div className="conflict-sides">
        <div>
          <strong>{t('exchange.conflict.library')}</strong>
          <p>
            {library
              ? t('exchange.conflict.side', {
                  name: library.name,
                  author: author(library.author),
                  revision: library.revision,
                  date: format.dateTime(library.updatedAt),
                })
              : ''}
            {library?.inTrash ? ` (${t('exchange.conflict.inTrash')})` : ''}
          </p>
        </div>
        <div>
          <strong>{t('exchange.conflict.file')}</strong>
          <p>
            {t('exchange.conflict.fileSide', {
              name: item.name,
              author: author(item.author),
              date: format.dateTime(item.updatedAt),
            })}
          </p>
        </div>
      </div>
      <strong>{t('exchange.conflict.differences')}</strong>
      <ChangeList
        changes={item.changes as readonly ScenarioChange[]}
        label={t('exchange.conflict.differences')}
        empty={t('exchange.conflict.noDifferences')}
      />
      <fieldset className="conflict-choice">
        <legend>{t('exchange.conflict.choice', { name: item.name })}</legend>
        {policies.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`choice-${item.id}`}
              value={option}
              checked={policy === option}
              onChange={() => onPolicy(option)}
            />{' '}
            {t(`exchange.conflict.${option === 'keep-both' ? 'keepBoth' : option}`)}
          </label>
        ))}
      </fieldset>
      <p className="cell-muted">
        {item.merge.available
          ? t('exchange.conflict.mergeInfo', {
              count: item.merge.conflicts.length,
              base: item.merge.baseRevision,
              fromTheirs: item.merge.fromTheirs,
            })
          : t(`exchange.conflict.mergeUnavailable.${item.merge.reason}`)}
      </p>
      {policy === 'merge' && item.merge.available && item.merge.conflicts.length > 0 ? (
        <ul className="merge-cells">
          {item.merge.conflicts.map((conflict) => {
            const key = JSON.stringify(conflict.path);
            const label = cellLabel(conflict.path, language);
            return (
              <li key={key}>
                <fieldset>
                  <legend>{t('exchange.conflict.cell', { cell: label })}</legend>
                  {(['ours', 'theirs'] as const).map((side) => (
                    <label key={side} className="merge-side">
                      <input
                        type="radio"
                        name={`cell-${item.id}-${key}`}
                        checked={sides[key] === side}
                        onChange={() => onSide(key, side)}
                      />{' '}
                      {t(`exchange.conflict.${side}`, {
                        value: cellValue(conflict.path, conflict[side], language, unset),
                      })}
                    </label>
                  ))}
                </fieldset>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * Scenarios in the file that match scenarios in the library (same id with other content, or the same
 * name): for each, both sides, the lever diff and a choice; for a merge, a side for each cell changed
 * on both sides. Nothing is written until Import.
 */
export function ConflictDialog({ fileName, conflicts, onChoose }: ConflictDialogProps) {
  const { t } = useTranslation();
  const [policies, setPolicies] = useState<Record<string, ConflictPolicy>>(() =>
    Object.fromEntries(conflicts.map((item) => [item.id, initialChoice(item)])),
  );
  const [sides, setSides] = useState<Record<string, Sides>>({});
  const unanswered = conflicts.some(
    (item) =>
      policies[item.id] === 'merge' &&
      item.merge.available &&
      item.merge.conflicts.some((conflict) => !sides[item.id]?.[JSON.stringify(conflict.path)]),
  );
  const confirm = () =>
    onChoose({
      choices: Object.fromEntries(
        conflicts.map((item) => {
          const policy = policies[item.id] ?? 'keep-both';
          const resolutions = sides[item.id];
          return [item.id, policy === 'merge' && resolutions ? { policy, resolutions } : { policy }];
        }),
      ),
    });
  return (
    <Modal
      title={t('exchange.conflict.title', { file: fileName })}
      onClose={() => onChoose(null)}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            disabled={unanswered}
            onClick={confirm}
          >
            {t('exchange.conflict.confirm')}
          </button>
        </>
      }
    >
      <p>{t('exchange.conflict.intro', { count: conflicts.length })}</p>
      <ul className="conflict-list">
        {conflicts.map((item) => (
          <ConflictItem
            key={item.id}
            item={item}
            policy={policies[item.id] ?? 'keep-both'}
            sides={sides[item.id] ?? {}}
            onPolicy={(policy) => setPolicies((current) => ({ ...current, [item.id]: policy }))}
            onSide={(cell, side) =>
              setSides((current) => ({ ...current, [item.id]: { ...current[item.id], [cell]: side } }))
            }
          />
        ))}
      </ul>
      <p className="cell-muted">{t('exchange.conflict.nothingWritten')}</p>
    </Modal>
  );
}
