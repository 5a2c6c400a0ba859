import type { DataKey } from '../../domain/parameter-keys';
import type { LocalizedText, SectorDefinition, Sourced } from '../types';
import { judgement } from './judgement';

/** The base-year data of one sector, as in the columns of data.md. */
type SectorData = Readonly<Record<DataKey, number>>;

interface SectorRow {
  readonly id: string;
  readonly name: LocalizedText;
  readonly definition: LocalizedText;
  readonly data: SectorData;
  readonly ranges: SectorDefinition['ranges'];
  /** Sources of the columns that have one; every other column is judgement. */
  readonly sources: Partial<Record<DataKey, Sourced>>;
}

// The restriction levels are one reading of the whole 2025 control regime, not a per-sector source.
const R0_SOURCE = judgement(
  'reading of the 2025 control regime (advanced nodes, AI chips and HBM; EUV and advanced immersion DUV; ' +
    'equipment incl. servicing; GAAFET EDA; five-axis and aero items)',
);

const M0_NONE = judgement('no sector-wide preference for domestic suppliers in the base year');

/** Columns data.md gives no source for: the app must still show where each default comes from. */
function withDefaults(sources: Partial<Record<DataKey, Sourced>>): Record<DataKey, Sourced> {
  return {
    S0: judgement(),
    lag0: judgement(),
    kappa: judgement(),
    r0: R0_SOURCE,
    dSObs: judgement(),
    dLagObs: judgement('0 = stable gap'),
    V0: judgement(),
    rho: judgement(),
    m0: M0_NONE,
    ...sources,
  };
}

const ROWS: readonly SectorRow[] = [
  {
    id: 'IC',
    name: { en: 'Chips', zh: '芯片' },
    definition: {
      en: "Share of China's chip consumption supplied by Chinese-owned firms; the default lies between the Chinese-owned share (IC Insights) and the China-made share incl. foreign-owned fabs (TechInsights).",
      zh: '中国芯片消费中由中资企业供应的比例；默认值介于中资企业份额（IC Insights）与含外资晶圆厂在内的中国制造份额（TechInsights）之间。',
    },
    data: { S0: 0.12, lag0: 5, kappa: 2.5, r0: 0.3, dSObs: 0.015, dLagObs: 0, V0: 135, rho: 0.15, m0: 0 },
    ranges: { S0: [0.07, 0.18], lag0: [3, 8] },
    sources: {
      S0: {
        source:
          'Chinese-owned share 6.6 % (2021) → ~10 % (2026F), IC Insights; China-made 23 % (2023), TechInsights',
        confidence: 'M',
      },
      V0: { source: 'TechInsights 2023 consumption', confidence: 'M' },
    },
  },
  {
    id: 'SME',
    name: { en: 'Chip-making equipment', zh: '半导体设备' },
    definition: {
      en: "Domestic vendors' share of chip-making equipment (excluding lithography) bought by fabs in China, by tenders and market value.",
      zh: '中国晶圆厂采购的半导体设备（不含光刻）中国内厂商的份额，按招标与市场金额计。',
    },
    data: { S0: 0.3, lag0: 7, kappa: 2.0, r0: 0.35, dSObs: 0.05, dLagObs: 0, V0: 30, rho: 0.12, m0: 0.5 },
    ranges: { S0: [0.2, 0.45], lag0: [4, 10] },
    sources: {
      S0: {
        source:
          'domestic share of fab tenders 21 % (2021) → >40 % (2023), Digitimes; 35 % overall (~2023), broker summary',
        confidence: 'M',
      },
      V0: { source: 'SEMI, China SME ~32 bn 2022', confidence: 'M' },
      m0: judgement('state-guided fab procurement since 2019–20'),
    },
  },
  {
    id: 'LITH',
    name: { en: 'Lithography', zh: '光刻' },
    definition: {
      en: "Domestic suppliers' share of the lithography-tool market in China, by value.",
      zh: '中国光刻设备市场中国内供应商的份额，按金额计。',
    },
    data: { S0: 0.02, lag0: 17, kappa: 1.0, r0: 0.4, dSObs: 0, dLagObs: 0, V0: 8.75, rho: 0.15, m0: 0 },
    ranges: { S0: [0, 0.05], lag0: [12, 20] },
    sources: {
      S0: { source: '<1 % (Yunxiu 2021); ~0 of litho market, 4 % of i-line (CSET 2025)', confidence: 'M' },
      V0: { source: 'China litho imports 2023', confidence: 'M' },
    },
  },
  {
    id: 'ISW',
    name: { en: 'Industrial & design software, EDA', zh: '工业软件' },
    definition: {
      en: "Domestic vendors' share of China's market for industrial and design software incl. EDA, by revenue.",
      zh: '中国工业软件与设计软件（含EDA）市场中国内厂商的收入份额。',
    },
    data: { S0: 0.1, lag0: 10, kappa: 1.5, r0: 0.2, dSObs: 0.01, dLagObs: 0, V0: 4, rho: 0.25, m0: 0 },
    ranges: { S0: [0.05, 0.15], lag0: [7, 20] },
    sources: {
      S0: { source: 'EDA 11.5 % (CCID 2020); R&D-design software ~5 % (2019 white paper)', confidence: 'M' },
    },
  },
  {
    id: 'BSW',
    name: { en: 'Basic software: OS, databases', zh: '基础软件' },
    definition: {
      en: 'Share of domestic products in the basic software (operating systems, databases) used in China.',
      zh: '中国使用的基础软件（操作系统、数据库）中国产产品的份额。',
    },
    data: { S0: 0.15, lag0: 5, kappa: 2.0, r0: 0.05, dSObs: 0.01, dLagObs: 0, V0: 10, rho: 0.2, m0: 0 },
    ranges: { S0: [0.05, 0.35], lag0: [3, 10] },
    sources: { S0: { source: 'domestic PC OS 5–6 % (2022)', confidence: 'L' } },
  },
  {
    id: 'CNC',
    name: { en: 'High-end machine tools', zh: '高端数控机床' },
    definition: {
      en: "Domestic makers' share of the high-end CNC machine tools and precision parts used in China, by value.",
      zh: '中国使用的高端数控机床与精密部件中国内厂商的份额，按金额计。',
    },
    data: { S0: 0.08, lag0: 12, kappa: 1.0, r0: 0.15, dSObs: 0.005, dLagObs: 0, V0: 10, rho: 0.05, m0: 0 },
    ranges: { S0: [0.05, 0.15], lag0: [8, 15] },
    sources: { S0: { source: '~6 % (MIIT equipment centre); <10 % (FT/CLSA 2024)', confidence: 'M' } },
  },
  {
    id: 'ROB',
    name: { en: 'Robots & sensors', zh: '机器人与传感器' },
    definition: {
      en: "Domestic brands' share of the industrial robots (with their sensors) sold in China.",
      zh: '中国工业机器人（含传感器）销量中国产品牌的份额。',
    },
    data: { S0: 0.55, lag0: 4, kappa: 2.0, r0: 0.05, dSObs: 0.06, dLagObs: -0.2, V0: 8, rho: 0.06, m0: 0.5 },
    ranges: { S0: [0.45, 0.6], lag0: [2, 6] },
    sources: {
      S0: { source: 'domestic brands 35 % (2020) → 58.5 % (2024), MIIT review', confidence: 'M' },
      // The recent trend of the same series: (58.5 − 35) points over four years.
      dSObs: { source: 'trend of domestic brands 35 % (2020) → 58.5 % (2024), MIIT review', confidence: 'M' },
      dLagObs: judgement('domestic brands closing the gap'),
      m0: judgement('the 2021 robot industry plan and 2023 "Robot+" plan'),
    },
  },
  {
    id: 'SMAT',
    name: { en: 'Semiconductor & electronic materials', zh: '半导体材料' },
    definition: {
      en: "Domestic suppliers' share of the semiconductor and electronic materials (photoresist, wafer-fab materials) used in China.",
      zh: '中国使用的半导体与电子材料（光刻胶、晶圆制造材料）中国内供应商的份额。',
    },
    data: { S0: 0.15, lag0: 10, kappa: 2.0, r0: 0.15, dSObs: 0.02, dLagObs: 0, V0: 13, rho: 0.06, m0: 0 },
    ranges: { S0: [0.08, 0.3], lag0: [6, 15] },
    sources: {
      S0: {
        source: 'chip photoresist ~8 % (2024, China Chemical News); fab materials <10 %',
        confidence: 'M',
      },
      V0: { source: 'SEMI 2023 China materials', confidence: 'M' },
    },
  },
  {
    id: 'AMAT',
    name: { en: 'Advanced structural & energy materials', zh: '先进材料' },
    definition: {
      en: "Domestic supply's share of China's demand for advanced structural and energy materials, with carbon fibre as the indicator.",
      zh: '中国先进结构与能源材料需求中由国内供应的份额，以碳纤维为指标。',
    },
    data: { S0: 0.55, lag0: 8, kappa: 2.5, r0: 0.1, dSObs: 0.03, dLagObs: -0.1, V0: 20, rho: 0.04, m0: 0 },
    ranges: { S0: [0.4, 0.7], lag0: [5, 12] },
    sources: {
      S0: { source: 'carbon fibre 47 % (2021) → >60 % (2022)', confidence: 'M' },
      dLagObs: judgement('domestic producers closing the gap'),
    },
  },
  {
    id: 'AERO',
    name: { en: 'Aero-engines & gas turbines', zh: '航空发动机与燃气轮机' },
    definition: {
      en: 'Share of domestic designs among the aero-engines and heavy gas turbines bought in China; licensed production counts as foreign.',
      zh: '中国采购的航空发动机与重型燃气轮机中国产自主设计的份额；许可生产计为国外。',
    },
    data: { S0: 0.05, lag0: 15, kappa: 1.0, r0: 0.3, dSObs: 0.003, dLagObs: 0, V0: 15, rho: 0.1, m0: 0 },
    ranges: { S0: [0.01, 0.15], lag0: [10, 20] },
    sources: { S0: { source: 'civil aero-engines <1 %; heavy gas turbines licensed', confidence: 'L' } },
  },
  {
    id: 'INST',
    name: { en: 'Scientific & medical instruments', zh: '高端仪器' },
    definition: {
      en: "Domestic makers' share of the high-end scientific and medical instruments bought in China (the complement of import dependence).",
      zh: '中国采购的高端科学仪器与医疗设备中国内厂商的份额（即进口依赖度的补数）。',
    },
    data: { S0: 0.15, lag0: 10, kappa: 1.5, r0: 0.1, dSObs: 0.01, dLagObs: 0, V0: 20, rho: 0.08, m0: 0 },
    ranges: { S0: [0.05, 0.3], lag0: [6, 15] },
    sources: {
      S0: { source: '">70 % import dependence" for high-end medical equipment (2025)', confidence: 'L' },
    },
  },
];

/** The eleven sectors of the default catalogue (data.md, base year 2025), each datum with its source. */
export const SECTORS_2025: readonly SectorDefinition[] = ROWS.map((row) => ({
  id: row.id,
  name: row.name,
  definition: row.definition,
  data: row.data,
  ranges: row.ranges,
  sources: withDefaults(row.sources),
}));
