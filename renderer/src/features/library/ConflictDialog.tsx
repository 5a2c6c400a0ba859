import { useTranslation } from 'react-i18next';
import type { ConflictPolicy, ImportPreviewItem } from '../../api-types';
import { Modal } from '../../components/Modal';

interface ConflictDialogProps {
  readonly fileName: string;
  readonly conflicts: readonly ImportPreviewItem[];
  readonly onChoose: (policy: ConflictPolicy | null) => void;
}

/** Scenarios in the file that exist in the library with other content: never overwritten silently. */
export function ConflictDialog({ fileName, conflicts, onChoose }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('import.conflictTitle', { file: fileName })}
      onClose={() => onChoose(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => onChoose(null)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('skip')}>
            {t('import.skip')}
          </button>
          <button type="button" className="button" onClick={() => onChoose('replace')}>
            {t('import.replace')}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            onClick={() => onChoose('keep-both')}
          >
            {t('import.keepBoth')}
          </button>
        </>
      }
    >
      <p>{t('import.conflictText', { count: conflicts.length })}</p>
      <ul className="plain-list">
        {conflicts.map((item) => (
          <li key={item.id}>{item.name}</li>
        ))}
      </ul>
    </Modal>
  );
}
