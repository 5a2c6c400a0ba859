import type { LocalizedText, Sourced } from '../types';

/** One observed value of a sector's self-reliance, with what it measures and where it comes from. */
export interface Observation extends Sourced {
  readonly sector: string;
  readonly year: number;
  /** Self-reliance as a share (0.153 = 15.3 %). */
  readonly value: number;
  /** What the source measures (definitions differ between sources and from the model's S). */
  readonly definition: string;
  /** How to read the value: a bound, an approximation, a change of source. */
  readonly note?: string;
}

const IC_DEFINITION = 'share of Chinese chip consumption produced in China, incl. foreign-owned fabs';
const SME_DEFINITION = "domestic vendors' share of the equipment bought by fabs in China";
const ROB_DEFINITION = "domestic brands' share of the Chinese industrial-robot market";
const LITH_DEFINITION = 'domestic share of the lithography tools bought in China';
const AMAT_DEFINITION = 'domestic share of carbon-fibre supply in China (indicator of advanced materials)';

/** What each sector's observations measure, in the app's languages (`definition` above is the English). */
export const OBSERVATION_DEFINITIONS: Readonly<Record<string, LocalizedText>> = {
  IC: { en: IC_DEFINITION, zh: '中国芯片消费中在中国境内生产的比例（含外资晶圆厂）' },
  SME: { en: SME_DEFINITION, zh: '在华晶圆厂所购设备中国内厂商的份额' },
  ROB: { en: ROB_DEFINITION, zh: '中国工业机器人市场中国产品牌的份额' },
  LITH: { en: LITH_DEFINITION, zh: '在华所购光刻设备中国产的份额' },
  AMAT: { en: AMAT_DEFINITION, zh: '中国碳纤维供应中国产的份额（先进材料的指标）' },
};

const IC_INSIGHTS: Sourced = { source: 'IC Insights', confidence: 'M' };

/**
 * What was observed, 2015–2024 (backtest.md). The backtest compares the simulated S with every
 * observation after the base year and within the horizon; base-year values are the data the run starts
 * from, and earlier ones (robots 2015) stay documented but outside the comparison.
 */
export const OBSERVATIONS: readonly Observation[] = [
  { sector: 'IC', year: 2018, value: 0.153, definition: IC_DEFINITION, ...IC_INSIGHTS },
  { sector: 'IC', year: 2019, value: 0.157, definition: IC_DEFINITION, ...IC_INSIGHTS },
  { sector: 'IC', year: 2020, value: 0.159, definition: IC_DEFINITION, ...IC_INSIGHTS },
  { sector: 'IC', year: 2021, value: 0.167, definition: IC_DEFINITION, ...IC_INSIGHTS },
  {
    sector: 'IC',
    year: 2023,
    value: 0.23,
    definition: IC_DEFINITION,
    source: 'TechInsights, via a secondary source',
    confidence: 'L',
    note: 'approximate (~23 %); a change of source from IC Insights: do not tune to it',
  },
  {
    sector: 'SME',
    year: 2018,
    value: 0.115,
    definition: SME_DEFINITION,
    source: 'ResearchInChina 2019',
    confidence: 'M',
  },
  {
    sector: 'SME',
    year: 2021,
    value: 0.21,
    definition: SME_DEFINITION,
    source: 'Digitimes 2023 (domestic share of fab tenders)',
    confidence: 'M',
    note: 'approximate (~21 %)',
  },
  {
    sector: 'SME',
    year: 2023,
    value: 0.35,
    definition: SME_DEFINITION,
    source: 'broker summary quoted by the press',
    confidence: 'L',
    note: 'approximate (~35 % overall); tenders above 40 %',
  },
  {
    sector: 'ROB',
    year: 2015,
    value: 0.33,
    definition: ROB_DEFINITION,
    source: 'CCID 2016',
    confidence: 'M',
    note: 'approximate (~33 %); before the base year, so outside the comparison',
  },
  {
    sector: 'ROB',
    year: 2020,
    value: 0.35,
    definition: ROB_DEFINITION,
    source: 'MIIT review of the 14th Five-Year Plan, via the press',
    confidence: 'M',
  },
  {
    sector: 'ROB',
    year: 2024,
    value: 0.585,
    definition: ROB_DEFINITION,
    source: 'MIIT review of the 14th Five-Year Plan, via the press',
    confidence: 'M',
  },
  {
    sector: 'LITH',
    year: 2020,
    value: 0.005,
    definition: LITH_DEFINITION,
    source: 'Yunxiu 2021',
    confidence: 'M',
    note: '≈0–1 % (below 1 %): the midpoint',
  },
  {
    sector: 'LITH',
    year: 2024,
    value: 0.005,
    definition: LITH_DEFINITION,
    source: 'CSET 2025',
    confidence: 'M',
    note: '≈0 of the market (4 % of i-line tools): the midpoint of 0–1 %',
  },
  {
    sector: 'AMAT',
    year: 2021,
    value: 0.47,
    definition: AMAT_DEFINITION,
    source: 'Sino-Carbon Fibre report',
    confidence: 'M',
  },
  {
    sector: 'AMAT',
    year: 2022,
    value: 0.6,
    definition: AMAT_DEFINITION,
    source: 'Sino-Carbon Fibre report',
    confidence: 'M',
    note: 'reported as above 60 %: the lower bound',
  },
];
