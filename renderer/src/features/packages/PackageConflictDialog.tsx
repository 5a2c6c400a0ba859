import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageConflictPolicy, PackagePreviewItem } from '../../api-types';
import { Modal } from '../../components/Modal';
import { useFormatters } from '../../i18n/format';

const POLICIES: readonly PackageConflictPolicy[] = ['keep-both', 'replace', 'skip'];
const LABELS: Readonly<Record<PackageConflictPolicy, string>> = {
  'keep-both': 'packages.import.keepBoth',
  replace: 'packages.import.replace',
  skip: 'packages.import.skip',
};

/**
 * Restriction packages of a file that the library holds, under the same id, with other levels: for
 * each, the library's side and the scenarios applying it, and a choice (keep both, replace, skip),
 * as for a scenario conflict. Nothing is written until the import goes on.
 */
export function PackageConflictDialog({
  fileName,
  conflicts,
  onChoose,
}: {
  readonly fileName: string;
  readonly conflicts: readonly PackagePreviewItem[];
  readonly onChoose: (choices: Readonly<Record<string, PackageConflictPolicy>> | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [choices, setChoices] = useState<Record<string, PackageConflictPolicy>>(() =>
    Object.fromEntries(conflicts.map((item) => [item.id, 'keep-both' as const])),
  );
  return (
    <Modal
      title={t('packages.import.title', { file: fileName })}
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
            onClick={() => onChoose(choices)}
          >
            {t('packages.import.confirm')}
          </button>
        </>
      }
    >
      <p>{t('packages.import.intro', { count: conflicts.length })}</p>
      <ul className="conflict-list">
        {conflicts.map((item) => (
          <li key={item.id} className="conflict-item">
            <h3 className="section-title">{item.name}</h3>
            {item.library ? (
              <p className="cell-muted">
                {t('packages.import.library', { name: item.library.name, revision: item.library.revision })}
                {item.library.usedBy.length > 0
                  ? ` · ${t('packages.import.usedBy', { names: format.list(item.library.usedBy.map((user) => `“${user.name}”`)) })}`
                  : ''}
              </p>
            ) : null}
            <fieldset className="conflict-choices">
              <legend className="visually-hidden">{t('packages.import.choice', { name: item.name })}</legend>
              {POLICIES.map((policy) => (
                <label key={policy} className="radio">
                  <input
                    type="radio"
                    name={`package-${item.id}`}
                    checked={choices[item.id] === policy}
                    onChange={() => setChoices((current) => ({ ...current, [item.id]: policy }))}
                  />
                  {t(LABELS[policy])}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <p className="cell-muted">{t('exchange.conflict.nothingWritten')}</p>
    </Modal>
  );
}
