import type { MenuCommand } from '../../../shared/api/events';
import { PRESETS } from '../../../shared/catalogue';
import { call, plannerEvents } from '../api';
import { saveScenarioFile } from '../components/save-scenario-file';
import { i18next } from '../i18n';
import type { AppStore } from '../store/create-store';
import { sendViewCommand } from '../command-bus';
import { exportComparisonPdf } from '../features/compare/compare-commands';
import { requestFocus } from '../focus-request';

async function exportScenarios(store: AppStore): Promise<void> {
  const state = store.getState();
  const ids =
    state.route.view === 'editor' && state.scenarioId
      ? [state.scenarioId]
      : state.selection.length > 0
        ? [...state.selection]
        : undefined;
  await state.flushSave();
  await saveScenarioFile(state.notify, ids);
}

async function exportPdf(store: AppStore): Promise<void> {
  const state = store.getState();
  const result = await call('exportReportPdf', {
    suggestedName: `${state.scenario?.name ?? 'Chokepoint Planner'}.pdf`,
  });
  if (!result.ok && result.error.code !== 'cancelled')
    state.notify({ tone: 'error', kind: 'api', context: 'menu.error.pdf', error: result.error });
}

/**
 * Runs a command of the native menu (File, Edit, View, Help). Everything that changes a scenario goes
 * through the store, so undo covers it; the import dialogs are the library view's.
 */
export function runMenuCommand(store: AppStore, command: MenuCommand): void {
  const state = store.getState();
  switch (command.command) {
    case 'set-language':
      void state.setLanguage(command.language);
      return;
    case 'set-theme':
      void state.setTheme(command.theme);
      return;
    case 'undo':
      state.undo();
      return;
    case 'redo':
      state.redo();
      return;
    case 'show-model':
      state.navigate({ view: 'model' });
      return;
    case 'show-about':
      state.setAboutOpen(true);
      return;
    case 'toggle-presentation':
      state.setPresentation(!state.presentation);
      return;
    case 'new-scenario':
      void state.createScenario(PRESETS[0]!, i18next.t('library.blankName')).then((id) => {
        if (!id) return;
        requestFocus('scenario-name');
        store.getState().navigate({ view: 'editor', id });
      });
      return;
    case 'import':
    case 'open-file':
      state.navigate({ view: 'library' });
      sendViewCommand({ kind: 'import' });
      return;
    case 'export':
      void exportScenarios(store);
      return;
    case 'export-pdf':
      // On the compare view the PDF is the comparison's report (its print layout).
      if (state.route.view === 'compare' && exportComparisonPdf()) return;
      void exportPdf(store);
      return;
  }
}

/** Listens to the transport's menu commands and opened files; returns the function that stops. */
export function listenForMenuCommands(store: AppStore): () => void {
  const events = plannerEvents();
  const stopMenu = events.onMenuCommand((command) => runMenuCommand(store, command));
  const stopFiles = events.onOpenFiles((files) => {
    store.getState().navigate({ view: 'library' });
    sendViewCommand({ kind: 'open-files', files });
  });
  return () => {
    stopMenu();
    stopFiles();
  };
}
