import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { FakeOptions, FakePlannerApi } from '../../test/support/fake-planner-api';
import { createFakePlannerApi } from '../../test/support/fake-planner-api';
import type { Language } from './api-types';
import { changeLanguage, initI18n } from './i18n';
import { createInlineRunner } from './sim/runner';
import { connectSim } from './sim/sim-controller';
import { createAppStore, StoreContext } from './store';
import type { AppStore } from './store';

/** Installs the in-memory API as `window.planner`, the way a transport would. */
export function installFakeApi(options: FakeOptions = {}): FakePlannerApi {
  const api = createFakePlannerApi(options);
  Object.defineProperty(window, 'planner', { value: api, configurable: true, writable: true });
  return api;
}

export interface TestApp {
  readonly api: FakePlannerApi;
  readonly store: AppStore;
  renderInApp(ui: ReactElement): ReturnType<typeof render>;
  /** Saves what is pending (to this test's API) and stops the engine. */
  stop(): Promise<void>;
}

/** A fresh store on the fake API, with the engine on the main thread (jsdom has no workers). */
export async function setupTestApp(
  options: FakeOptions & { language?: Language; quietMs?: number } = {},
): Promise<TestApp> {
  const api = installFakeApi(options);
  initI18n('en');
  await changeLanguage(options.language ?? 'en');
  const store = createAppStore({ quietMs: options.quietMs ?? 600 });
  store.setState({ language: options.language ?? 'en' });
  const stopSim = connectSim(store, [createInlineRunner(), createInlineRunner()], 20);
  return {
    api,
    store,
    renderInApp: (ui) => render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>),
    stop: async () => {
      await store.getState().flushSave();
      stopSim();
    },
  };
}
