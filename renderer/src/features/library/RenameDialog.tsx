import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';

interface RenameDialogProps {
  readonly name: string;
  readonly onRename: (name: string) => void;
  readonly onClose: () => void;
}

export function RenameDialog({ name, onRename, onClose }: RenameDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(name);
  const trimmed = value.trim();
  const valid = trimmed.length > 0 && trimmed.length <= 200;
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
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => event.key === 'Enter' && submit()}
      />
    </Modal>
  );
}
