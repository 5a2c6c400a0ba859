import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewItem, PackageConflictPolicy, PackagePreviewItem } from '../../api-types';
import { listenForViewCommands } from '../../command-bus';
import type { ViewCommand } from '../../command-bus';
import { textLanguage } from '../../i18n';
import { useApp, useAppStore } from '../../store';
import type { ImportDecision } from './ConflictDialog';
import { ConflictDialog } from './ConflictDialog';
import { DropZone } from './DropZone';
import { HistoryDialog } from './HistoryDialog';
import { importFiles, pickFilesNatively, readFiles } from './import-flow';
import { ImportMessages } from './ImportMessages';
import { LibraryFilters } from './LibraryFilters';
import { LibraryToolbar } from './LibraryToolbar';
import { filterScenarios } from './library-filter';
import { NewScenarioMenu } from './NewScenarioMenu';
import { RenameDialog } from './RenameDialog';
import { nameTaken } from '../../components/name-taken';
import { ScenarioTable } from './ScenarioTable';
import { TrashSection } from './TrashSection';
import { PackagesSection } from '../packages/PackagesSection';
import { PackageConflictDialog } from '../packages/PackageConflictDialog';
import './library.css';

type Dialog =
  | { kind: 'rename' | 'history'; id: string; name: string }
  | {
      kind: 'conflict';
      fileName: string;
      conflicts: readonly ImportPreviewItem[];
      resolve: (decision: ImportDecision | null) => void;
    }
  | {
      kind: 'package-conflict';
      fileName: string;
      conflicts: readonly PackagePreviewItem[];
      resolve: (choices: Readonly<Record<string, PackageConflictPolicy>> | null) => void;
    };

/** All scenarios: search, tags, sort; new, duplicate, rename, trash, history; import and export. */
export function LibraryView() {
  const { t, i18n } = useTranslation();
  const store = useAppStore();
  const items = useApp((state) => state.libraryItems);
  const loaded = useApp((state) => state.libraryLoaded);
  const text = useApp((state) => state.libraryText);
  const tag = useApp((state) => state.libraryTag);
  const sort = useApp((state) => state.librarySort);
  const renameScenario = useApp((state) => state.renameScenario);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lang = textLanguage(i18n.language);
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const shown = useMemo(
    () => filterScenarios(items, { text, tag, sort }, lang, collator),
    [items, text, tag, sort, lang, collator],
  );

  const ask = (fileName: string, conflicts: readonly ImportPreviewItem[]) =>
    new Promise<ImportDecision | null>((resolve) =>
      setDialog({ kind: 'conflict', fileName, conflicts, resolve }),
    );
  const askPackages = (fileName: string, conflicts: readonly PackagePreviewItem[]) =>
    new Promise<Readonly<Record<string, PackageConflictPolicy>> | null>((resolve) =>
      setDialog({ kind: 'package-conflict', fileName, conflicts, resolve }),
    );
  const runImport = async (files: readonly File[]) =>
    importFiles(store, await readFiles(files), ask, askPackages);
  const onImport = async () => {
    const picked = await pickFilesNatively(store);
    if (picked === null) fileInput.current?.click();
    else if (picked.length > 0) await importFiles(store, picked, ask, askPackages);
  };

  const onCommand = useEffectEvent((command: ViewCommand) => {
    if (command.kind === 'import') void onImport();
    else void importFiles(store, command.files, ask, askPackages);
  });
  useEffect(() => listenForViewCommands(onCommand), []);
  // Back from the editor, the list shows what was saved there (name, description, author, revision).
  useEffect(() => {
    void store.getState().refreshLibrary();
  }, [store]);

  return (
    <div className="view library-view">
      <div className="view-header">
        <h1 className="view-title">{t('library.title')}</h1>
        <NewScenarioMenu />
      </div>
      <LibraryToolbar
        onImport={() => void onImport()}
        onRename={(id, name) => setDialog({ kind: 'rename', id, name })}
        onHistory={(id, name) => setDialog({ kind: 'history', id, name })}
      />
      <LibraryFilters items={items} shownCount={shown.length} />
      <ImportMessages />
      <DropZone onFiles={(files) => void runImport(files)}>
        {loaded && items.length === 0 ? <p className="empty-state">{t('library.emptyLibrary')}</p> : null}
        {loaded && items.length > 0 && shown.length === 0 ? (
          <p className="empty-state">{t('library.noMatch')}</p>
        ) : null}
        {shown.length > 0 ? <ScenarioTable items={shown} /> : null}
        {!loaded ? <p className="loading">{t('common.loading')}</p> : null}
      </DropZone>
      <TrashSection />
      <PackagesSection />
      <input
        ref={fileInput}
        type="file"
        hidden
        multiple
        accept=".chokepoint,.json,application/json"
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void runImport(files);
        }}
      />
      {dialog?.kind === 'rename' ? (
        <RenameDialog
          name={dialog.name}
          taken={(name) => nameTaken(name, items, dialog.id)}
          onClose={() => setDialog(null)}
          onRename={(name) => void renameScenario(dialog.id, name).then((done) => done && setDialog(null))}
        />
      ) : null}
      {dialog?.kind === 'history' ? (
        <HistoryDialog id={dialog.id} name={dialog.name} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'package-conflict' ? (
        <PackageConflictDialog
          fileName={dialog.fileName}
          conflicts={dialog.conflicts}
          onChoose={(choices) => {
            setDialog(null);
            dialog.resolve(choices);
          }}
        />
      ) : null}
      {dialog?.kind === 'conflict' ? (
        <ConflictDialog
          fileName={dialog.fileName}
          conflicts={dialog.conflicts}
          onChoose={(decision) => {
            setDialog(null);
            dialog.resolve(decision);
          }}
        />
      ) : null}
    </div>
  );
}
