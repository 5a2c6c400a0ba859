import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Notices } from '../components/Notices';
import { EditorView } from '../features/editor/EditorView';
import { NamePrompt } from '../features/exchange/NamePrompt';
import { LibraryView } from '../features/library/LibraryView';
import { useApp } from '../store';
import { AboutDialog } from './AboutDialog';
import { Header } from './Header';
import './app.css';

// The model page carries the whole of docs/model.md: load it when it is first shown.
const ModelPage = lazy(() => import('../features/model-info/ModelPage'));
// The compare view brings the waterfall, the report and presentation mode: loaded when first shown.
const ComparePage = lazy(() => import('./ComparePage'));
// The plan finder's view and its worker: loaded when first shown.
const PlanView = lazy(() => import('../features/plan/PlanView'));

export function App() {
  const { t } = useTranslation();
  const route = useApp((state) => state.route);
  const aboutOpen = useApp((state) => state.aboutOpen);
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Header />
      <NamePrompt />
      <main id="main" tabIndex={-1} className="app-main">
        {route.view === 'library' ? <LibraryView /> : null}
        {route.view === 'editor' ? <EditorView id={route.id} /> : null}
        {route.view === 'compare' ? (
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
            <ComparePage />
          </Suspense>
        ) : null}
        {route.view === 'plan' ? (
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
            <PlanView />
          </Suspense>
        ) : null}
        {route.view === 'model' ? (
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
            <ModelPage />
          </Suspense>
        ) : null}
      </main>
      <Notices />
      {aboutOpen ? <AboutDialog /> : null}
    </div>
  );
}
