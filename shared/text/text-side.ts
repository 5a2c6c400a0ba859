/** The side of a text given in both languages (`{ en, zh }`: catalogue names, presets, the product's name). */
export type TextSide = 'en' | 'zh';

/** The side that `language` ('en', 'zh-CN') reads. */
export function textSide(language: string): TextSide {
  return language === 'zh-CN' ? 'zh' : 'en';
}
