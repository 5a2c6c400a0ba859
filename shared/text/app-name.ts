import { textSide } from './text-side';

/**
 * The product's name in each language it speaks: the window title, the source line of every chart,
 * slide and workbook, the report's subtitle and the author of a deck or workbook read it from here, so
 * a Chinese deliverable never names the app in English. (The file format's `createdBy` id and the
 * settings folder's name are identifiers, not this name.)
 */
export const PRODUCT_NAME = { en: 'Chokepoint Planner', zh: '卡脖子技术规划器' } as const;

/** The name in `language` ('en', 'zh-CN'). */
export function productName(language: string): string {
  return PRODUCT_NAME[textSide(language)];
}
