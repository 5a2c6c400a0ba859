import { useTranslation } from 'react-i18next';
import { textLanguage } from '../../i18n';
import { useApp } from '../../store';
import { CompareSelectedButton } from '../compare/CompareSelectedButton';
import { saveScenarioFile } from '../../components/save-scenario-file';
import { displayName } from '../../../../shared/catalogue/preset-display';

interface ToolbarProps {
  readonly onImport: () => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onHistory: (id: string, name: string) => void;
}

/** Actions on the selection (one scenario for duplicate, rename and history). */
export function LibraryToolbar({ onImport, onRename, onHistory }: ToolbarProps) {
  const { t, i18n } = useTranslation();
  const lang = textLanguage(i18n.language);
  const selection = useApp((state) => state.selection);
  const items = useApp((state) => state.libraryItems);
  const duplicate = useApp((state) => state.duplicateScenario);
  const trash = useApp((state) => state.trashScenarios);
  const notify = useApp((state) => state.notify);
  const single = selection.length === 1 ? items.find((item) => item.id === selection[0]) : undefined;
  const singleName = single ? displayName(single, lang) : '';

  const exportSelection = () => saveScenarioFile(notify, selection);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('library.actions')}>
      <button type="button" className="button" onClick={onImport}>
        {t('library.import')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void exportSelection()}
        disabled={selection.length === 0}
      >
        {selection.length === 0 ? t('library.exportNone') : t('library.export', { count: selection.length })}
      </button>
      <CompareSelectedButton />
      <span className="toolbar-separator" aria-hidden="true" />
      <button
        type="button"
        className="button"
        onClick={() => single && void duplicate(single.id)}
        disabled={!single}
      >
        {t('library.duplicate')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => single && onRename(single.id, single.name)}
        disabled={!single}
      >
        {t('library.renameAction')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => single && onHistory(single.id, singleName)}
        disabled={!single}
      >
        {t('library.history')}
      </button>
      <button
        type="button"
        className="button button-danger"
        onClick={() => void trash(selection)}
        disabled={selection.length === 0}
      >
        {selection.length === 0 ? t('library.trashNone') : t('library.trash', { count: selection.length })}
      </button>
    </div>
  );
}
