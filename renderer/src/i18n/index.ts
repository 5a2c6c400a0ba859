import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { productName } from '../../../shared/text/app-name';
import type { Language } from '../api-types';
import { en } from './en';
import { zhCN } from './zh-cn';

export const RESOURCES = { en, 'zh-CN': zhCN } as const;

/**
 * One i18next instance for the app. Templates use `{name}` placeholders, the same as the file-format
 * messages in shared/, so one catalogue style serves both.
 */
export function initI18n(language: Language = 'en') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      returnNull: false,
      interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  applyDocumentLanguage(language);
  return i18next;
}

/** The document's language, and its title (the desktop window's) in it. */
export function applyDocumentLanguage(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = productName(language);
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** `'zh'` or `'en'`: which half of the catalogue's bilingual texts to show. */
export function textLanguage(language: string): 'en' | 'zh' {
  return language.startsWith('zh') ? 'zh' : 'en';
}

export { i18next };
