import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../i18n/describe-error';
import { useApp } from '../../store';
import { TrajectoriesPanel } from '../trajectories/TrajectoriesPanel';
import { AssumptionsPanel } from './AssumptionsPanel';
import { EditorHeader } from './EditorHeader';
import { InputGrid } from './InputGrid';
import { ScheduleEditor } from './ScheduleEditor';
import { PackagesPanel } from '../packages/PackagesPanel';
import './editor.css';

const TABS = ['inputs', 'packages', 'assumptions'] as const;

function EditorTabs() {
  const { t } = useTranslation();
  const tab = useApp((state) => state.editorTab);
  const setTab = useApp((state) => state.setEditorTab);
  return (
    <div className="tabs" role="tablist" aria-label={t('editor.tabs')}>
      {TABS.map((entry, index) => (
        <button
          key={entry}
          type="button"
          role="tab"
          id={`tab-${entry}`}
          aria-selected={tab === entry}
          aria-controls={`panel-${entry}`}
          tabIndex={tab === entry ? 0 : -1}
          className="tab"
          onClick={() => setTab(entry)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
            const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
            setTab(next);
            document.getElementById(`tab-${next}`)?.focus();
          }}
        >
          {t(`editor.tab.${entry}`)}
        </button>
      ))}
    </div>
  );
}

/** The scenario editor beside its live trajectories. */
export function EditorView({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  // Narrow selections: this view must not re-render on every edit of the scenario.
  const loadedId = useApp((state) => state.scenario?.id);
  const name = useApp((state) => state.scenario?.name ?? '');
  const scenarioId = useApp((state) => state.scenarioId);
  const loadError = useApp((state) => state.loadError);
  const tab = useApp((state) => state.editorTab);
  const cell = useApp((state) => state.selectedCell);
  const navigate = useApp((state) => state.navigate);
  const presentation = useApp((state) => state.presentation);
  const setPresentation = useApp((state) => state.setPresentation);
  if (loadError && scenarioId === id) {
    return (
      <div className="view">
        <div role="alert" className="error-box">
          <h1 className="error-title">{t('editor.loadFailed')}</h1>
          <p>{loadError.message === 'in-trash' ? t('editor.inTrash') : describeApiError(loadError, t)}</p>
          <button type="button" className="button" onClick={() => navigate({ view: 'library' })}>
            {t('nav.backToLibrary')}
          </button>
        </div>
      </div>
    );
  }
  if (loadedId !== id) return <p className="loading view">{t('common.loading')}</p>;
  if (presentation) {
    return (
      <div className="editor-layout presentation">
        <div className="presentation-bar">
          <h1 className="view-title">{name}</h1>
          <button type="button" className="button button-small" onClick={() => setPresentation(false)}>
            {t('editor.exitPresentation')}
          </button>
        </div>
        <TrajectoriesPanel />
      </div>
    );
  }
  return (
    <div className="editor-layout">
      <section className="editor-pane" aria-label={t('editor.label')}>
        <h1 className="visually-hidden">{t('editor.heading', { name })}</h1>
        <EditorHeader />
        <EditorTabs />
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'inputs' ? (
            <>
              <InputGrid />
              {cell ? <ScheduleEditor cell={cell} /> : <p className="hint">{t('editor.selectHint')}</p>}
            </>
          ) : tab === 'packages' ? (
            <PackagesPanel />
          ) : (
            <AssumptionsPanel />
          )}
        </div>
      </section>
      <TrajectoriesPanel />
    </div>
  );
}
