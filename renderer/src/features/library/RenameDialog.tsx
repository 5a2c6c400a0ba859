import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';

interface RenameDialogProps {
  readonly name: string;
  /** Whether another scenario of the library is called this (names are unique: such a rename is refused). */
  readonly taken: (name: string) => boolean;
  readonly onRename: (name: string) => void;
  readonly onClose: () => void;
}

export function RenameDialog({ name, taken, onRename, onClose }: RenameDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(name);
  const trimmed = value.trim();
  const clash = trimmed.length > 0 && taken(trimmed);
  const valid = trimmed.length > 0 && trimmed.length <= 200 && !clash;
  const submit = () => valid && onRename(trimmed);
  return (
    <Modal
      title={t('library.renameTitle', { name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={submit} disabled={!valid}>
            {t('library.rename')}
          </button>
        </>
      }
    >
      <label htmlFor={id} className="field-label">
        {t('library.newName')}
      </label>
      <input
        id={id}
        data-autofocus
        className="text-input"
        value={value}
        maxLength={200}
        aria-invalid={clash || undefined}
        aria-describedby={`${id}-rule`}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => event.key === 'Enter' && submit()}
      />
      {clash ? (
        <p className="field-error" role="alert">
          {t('identity.nameTaken', { name: trimmed })}
        </p>
      ) : null}
      <p id={`${id}-rule`} className="hint">
        {t('identity.nameRule')}
      </p>
    </Modal>
  );
}
