import type { ChartLanguage } from '../charts/chart-messages';

/** The words of the comparison CSV's named columns (the variable names come from shared/charts). */
const EN = {
  wholeEconomy: 'whole economy',
  'unit.share': 'share of demand met domestically (0–1)',
  'unit.capability': 'domestic technology level (0–1)',
  'unit.count': 'number of technologies',
  'unit.money': 'USD bn',
} as const;

export type CsvMessageKey = keyof typeof EN;

const ZH_CN: Readonly<Record<CsvMessageKey, string>> = {
  wholeEconomy: '整体经济',
  'unit.share': '国内供给满足需求的比例（0–1）',
  'unit.capability': '国内技术水平（0–1）',
  'unit.count': '技术项数',
  'unit.money': '十亿美元',
};

export const CSV_MESSAGES: Readonly<Record<ChartLanguage, Readonly<Record<CsvMessageKey, string>>>> = {
  en: EN,
  'zh-CN': ZH_CN,
};
