/**
 * The product's name in each language it speaks: the window title, the source line of every chart,
 * slide and workbook, the report's subtitle and a deck's author read it from here, so a Chinese
 * deliverable never names the app in English.
 */
export const APP_NAME = { en: 'Chokepoint Planner', 'zh-CN': '卡脖子技术规划器' } as const;

/** The name in `language`; English for a language the app does not speak. */
export function appName(language: string): string {
  return language === 'zh-CN' ? APP_NAME['zh-CN'] : APP_NAME.en;
}
