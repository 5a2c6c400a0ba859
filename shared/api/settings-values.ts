import type { Settings } from './app-schemas';

// The settings' plain values, apart from their schema (app-schemas.ts), so the page reads them without
// building a schema.

export const LANGUAGES = ['en', 'zh-CN'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'system',
  discountRate: 0.03,
  draws: 500,
  author: '',
  askedForName: false,
};
