import { afterNextPaint } from '../components/after-next-paint';
import type { AppStore } from '../store/create-store';
import { connectSim } from '../sim/sim-controller';
import { listenForMenuCommands } from './menu-commands';
import type { AppState } from '../store';
import type { ComparisonInUrl } from '../store/route';
import { parseRoute, routeHash } from '../store/route';
import { listenForShortcuts } from './shortcuts';

function applyTheme(theme: string): void {
  // "system" follows prefers-color-scheme in CSS; an explicit choice overrides it.
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** The comparison on screen as the URL names it (none while nothing is compared). */
function comparisonOf(state: AppState): ComparisonInUrl | undefined {
  const { ids, referenceId } = state.compare;
  return ids.length === 0 ? undefined : { ids, referenceId, sectors: state.slideSectors };
}

/** Wires the store to the world: the URL, the engine workers, the keyboard, the menu, the theme. */
export function startApp(store: AppStore): () => void {
  const stops: (() => void)[] = [];
  stops.push(connectSim(store));
  stops.push(listenForMenuCommands(store));
  stops.push(listenForShortcuts(store));

  const follow = () => {
    const route = store.getState().route;
    if (route.view === 'editor') void store.getState().openScenario(route.id);
    if (route.view === 'compare' && route.comparison) store.getState().restoreComparison(route.comparison);
  };
  const onHash = () => store.getState().navigate(parseRoute(location.hash));
  window.addEventListener('hashchange', onHash);
  stops.push(() => window.removeEventListener('hashchange', onHash));
  stops.push(
    store.subscribe((state, previous) => {
      // In Compare, the URL follows the comparison (scenarios, reference, slide sectors), so that a
      // reload or a copied link shows the same comparison.
      if (state.route.view === 'compare') {
        const comparison = comparisonOf(state);
        const named = state.route.comparison;
        if (JSON.stringify(comparison) !== JSON.stringify(named)) {
          state.navigate(comparison ? { view: 'compare', comparison } : { view: 'compare' });
          return;
        }
      }
      if (state.route !== previous.route) {
        const hash = routeHash(state.route);
        // A change of comparison replaces the address; moving between views adds to the history.
        if (location.hash !== hash) {
          if (state.route.view === 'compare' && previous.route.view === 'compare')
            history.replaceState(history.state, '', hash);
          else location.hash = hash;
        }
        if (previous.route.view === 'editor' && state.route.view !== 'editor') void state.flushSave();
        follow();
      }
      if (state.theme !== previous.theme) applyTheme(state.theme);
    }),
  );

  const onHide = () => void store.getState().flushSave();
  window.addEventListener('pagehide', onHide);
  stops.push(() => window.removeEventListener('pagehide', onHide));

  applyTheme(store.getState().theme);
  follow();
  void store.getState().loadSettings();
  // Opened on a scenario, the editor and its charts come first; the library list (for "compare
  // with") is asked for once they are on screen (or the scenario failed to open). Asked for sooner,
  // a large library's list is read and parsed while the scenario's charts wait.
  const refresh = () => void store.getState().refreshLibrary();
  if (store.getState().route.view === 'editor' && typeof requestIdleCallback === 'function') {
    const unsubscribe = store.subscribe((state) => {
      if (!state.loadError && !(state.sim && state.sim.runs.size > 0)) return;
      unsubscribe();
      stops.push(afterNextPaint(() => requestIdleCallback(refresh, { timeout: 1000 })));
    });
    stops.push(unsubscribe);
  } else refresh();
  return () => stops.forEach((stop) => stop());
}
