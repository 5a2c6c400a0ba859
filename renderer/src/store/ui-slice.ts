import { DEFAULT_SETTINGS } from '../../../shared/api/settings-values';
import { call } from '../api';
import { parseRoute } from './route';
import { changeLanguage } from '../i18n';
import type { SliceCreator } from './slice';
import type { UiSlice } from './store-types';

let nextNoticeId = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  route: typeof location === 'undefined' ? { view: 'library' } : parseRoute(location.hash),
  language: 'en',
  theme: 'system',
  settings: null,
  appInfo: null,
  notices: [],
  presentation: false,
  aboutOpen: false,
  showObserved: true,

  navigate(route) {
    set({ route });
  },

  setPresentation(on) {
    set({ presentation: on });
  },

  setShowObserved(show) {
    set({ showObserved: show });
  },

  setAboutOpen(open) {
    set({ aboutOpen: open });
  },

  async loadSettings() {
    const [settings, info] = await Promise.all([call('getSettings', {}), call('getAppInfo', {})]);
    const value = settings.ok ? settings.value : DEFAULT_SETTINGS;
    set({ settings: value, theme: value.theme, appInfo: info.ok ? info.value : null });
    for (const notice of info.ok ? info.value.notices : []) {
      const { kind, ...params } = notice;
      get().notify({
        tone: kind === 'library-recovered' ? 'error' : 'info',
        kind: 'text',
        key: `startup.${kind}`,
        params: Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value ?? '')])),
      });
    }
    if (value.language !== get().language) {
      await changeLanguage(value.language);
      set({ language: value.language });
    }
  },

  async setLanguage(language) {
    await changeLanguage(language);
    set({ language });
    const saved = await call('updateSettings', { language });
    if (saved.ok) set({ settings: saved.value });
  },

  async setTheme(theme) {
    set({ theme });
    const saved = await call('updateSettings', { theme });
    if (saved.ok) set({ settings: saved.value });
  },

  notify(notice) {
    const id = nextNoticeId++;
    // Keep the last few: a burst of failures must not bury the screen.
    set({ notices: [...get().notices.slice(-3), { ...notice, id }] });
    return id;
  },

  dismiss(id) {
    set({ notices: get().notices.filter((notice) => notice.id !== id) });
  },
});
