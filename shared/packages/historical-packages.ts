import type { StepPoint } from '../domain/schedule';
import type { BuiltInPackage } from './restriction-package';

// The events behind backtest.md's restriction schedules, one package each. The dates and what each rule
// covered are the public record; the levels (0–1) are judgement on it, as in backtest.md, hence
// confidence L. Applied in this order to the 2018 catalogue they give backtest.md's schedules exactly
// (historical-scenario.test.ts); the last levels are the 2025 catalogue's r0 (data.md).
const LEVELS = 'Levels: judgement on the public timeline (backtest.md).';

const from = (...points: readonly [number, number][]): StepPoint[] =>
  points.map(([year, value]) => ({ year, value }));

const restrict = (sectors: Readonly<Record<string, StepPoint[]>>) =>
  Object.fromEntries(Object.entries(sectors).map(([id, restriction]) => [id, { restriction }]));

export const HISTORICAL_PACKAGES: readonly BuiltInPackage[] = [
  {
    id: 'hist-2018-zte-entity-list',
    name: 'ZTE denial order and first Entity List wave (2018)',
    names: {
      en: 'ZTE denial order and first Entity List wave (2018)',
      zh: '中兴拒绝令与首批实体清单（2018）',
    },
    shortNames: { en: 'ZTE, Entity List 2018', zh: '中兴、实体清单' },
    descriptions: {
      en: 'The 2018 level of chip and equipment controls: narrow, entity by entity.',
      zh: '2018 年芯片与设备管制的水平：范围窄，逐个实体。',
    },
    year: 2018,
    month: 4,
    source: `US Commerce (BIS): denial order against ZTE, 15 Apr 2018 (lifted Jul 2018); Entity List additions of 44 Chinese entities incl. CETC institutes (Aug 2018) and Fujian Jinhua (Oct 2018). ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ IC: from([2018, 0.05]), SME: from([2018, 0.05]) }),
  },
  {
    id: 'hist-2019-huawei-entity-list',
    name: 'Huawei added to the Entity List (May 2019)',
    names: { en: 'Huawei added to the Entity List (May 2019)', zh: '华为被列入实体清单（2019年5月）' },
    shortNames: { en: 'Huawei listed', zh: '华为列入清单' },
    descriptions: {
      en: 'US chips and design software cut off from Huawei and its affiliates.',
      zh: '美国芯片与设计软件对华为及其关联企业断供。',
    },
    year: 2019,
    month: 5,
    source: `US Commerce (BIS): Huawei and 68 non-US affiliates added to the Entity List, effective 16 May 2019. ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ IC: from([2019, 0.15]), ISW: from([2019, 0.1]) }),
  },
  {
    id: 'hist-2019-euv-licence',
    name: 'EUV export licence not renewed (the Netherlands, 2019)',
    names: {
      en: 'EUV export licence not renewed (the Netherlands, 2019)',
      zh: '荷兰未续发 EUV 出口许可（2019）',
    },
    shortNames: { en: 'EUV licence', zh: 'EUV 许可' },
    descriptions: {
      en: 'No extreme-ultraviolet lithography for Chinese fabs.',
      zh: '中国晶圆厂无法获得极紫外光刻机。',
    },
    year: 2019,
    source: `The Dutch government let ASML's licence to ship an EUV scanner to SMIC lapse in 2019 under US pressure (Reuters, 6 Jan 2020). ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ LITH: from([2019, 0.25]) }),
  },
  {
    id: 'hist-2020-fdpr-huawei',
    name: 'Foreign direct product rule on Huawei (May and Aug 2020)',
    names: {
      en: 'Foreign direct product rule on Huawei (May and Aug 2020)',
      zh: '针对华为的外国直接产品规则（2020年5月、8月）',
    },
    shortNames: { en: 'FDPR on Huawei', zh: '外国直接产品规则' },
    descriptions: {
      en: 'Chips made anywhere with US tools or software need a licence to reach Huawei.',
      zh: '凡使用美国设备或软件制造的芯片，供应华为须经许可。',
    },
    year: 2020,
    month: 5,
    source: `US Commerce (BIS): foreign direct product rule extended to Huawei's own designs (15 May 2020) and to any chip bound for Huawei (17 Aug 2020). ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ IC: from([2020, 0.2]), SME: from([2020, 0.1]), ISW: from([2020, 0.15]) }),
  },
  {
    id: 'hist-2020-smic-entity-list',
    name: 'SMIC added to the Entity List (Dec 2020)',
    names: { en: 'SMIC added to the Entity List (Dec 2020)', zh: '中芯国际被列入实体清单（2020年12月）' },
    shortNames: { en: 'SMIC listed', zh: '中芯国际列入清单' },
    descriptions: {
      en: 'Tools for 10 nm and below presumed denied to China’s largest foundry.',
      zh: '对中国最大晶圆代工厂推定拒绝 10 纳米及以下所需设备。',
    },
    year: 2020,
    month: 12,
    source: `US Commerce (BIS): SMIC and subsidiaries added to the Entity List (18 Dec 2020), with a presumption of denial for items uniquely required for 10 nm and below. ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ SME: from([2021, 0.15]), LITH: from([2020, 0.3]) }),
  },
  {
    id: 'hist-2022-gaafet-eda',
    name: 'EDA controls for GAAFET chip design (Aug 2022)',
    names: {
      en: 'EDA controls for GAAFET chip design (Aug 2022)',
      zh: 'GAAFET 芯片设计 EDA 管制（2022年8月）',
    },
    shortNames: { en: 'GAAFET EDA', zh: 'GAAFET EDA' },
    descriptions: {
      en: 'Design software for gate-all-around transistors under licence.',
      zh: '全环绕栅极晶体管设计软件须经许可。',
    },
    year: 2022,
    month: 8,
    source: `US Commerce (BIS) interim final rule of 12 Aug 2022: ECCN 3D006, EDA software for GAAFET designs. ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ ISW: from([2022, 0.2]) }),
  },
  {
    id: 'hist-2022-october-controls',
    name: 'October 2022 chip and equipment controls',
    names: { en: 'October 2022 chip and equipment controls', zh: '2022年10月芯片与设备管制' },
    shortNames: { en: 'Oct 2022 controls', zh: '2022年10月管制' },
    descriptions: {
      en: 'Advanced computing chips, and equipment for advanced nodes, under licence country-wide.',
      zh: '先进计算芯片及先进制程设备在全国范围内须经许可。',
    },
    year: 2022,
    month: 10,
    source: `US Commerce (BIS) rules of 7 Oct 2022 on advanced computing chips, supercomputer and semiconductor-manufacturing end uses, and equipment for advanced nodes. ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ SME: from([2022, 0.2]), IC: from([2023, 0.25]) }),
  },
  {
    id: 'hist-2023-japan-netherlands',
    name: 'Japanese and Dutch equipment controls, incl. immersion DUV (2023)',
    names: {
      en: 'Japanese and Dutch equipment controls, incl. immersion DUV (2023)',
      zh: '日本与荷兰设备管制（含浸没式 DUV，2023）',
    },
    shortNames: { en: 'Japan, NL: DUV', zh: '日荷 DUV 管制' },
    descriptions: {
      en: 'Japan and the Netherlands join the equipment controls; advanced immersion DUV scanners under licence.',
      zh: '日本与荷兰加入设备管制；先进浸没式 DUV 光刻机须经许可。',
    },
    year: 2023,
    month: 7,
    source: `Japan (METI): 23 kinds of chip-making equipment under licence from 23 Jul 2023; the Netherlands: advanced immersion DUV lithography under licence from 1 Sep 2023. ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ SME: from([2023, 0.3]), LITH: from([2023, 0.4]) }),
  },
  {
    id: 'hist-2023-october-update',
    name: 'October 2023 update of chip and equipment controls',
    names: { en: 'October 2023 update of chip and equipment controls', zh: '2023年10月芯片与设备管制更新' },
    shortNames: { en: 'Oct 2023 update', zh: '2023年10月更新' },
    descriptions: {
      en: 'Tighter thresholds for AI chips and more equipment under licence.',
      zh: '收紧 AI 芯片门槛，更多设备须经许可。',
    },
    year: 2023,
    month: 10,
    source: `US Commerce (BIS) rules of 17 Oct 2023 tightening the advanced-computing and chip-making-equipment controls; read as also tightening the supply of some fab materials. ${LEVELS}`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ IC: from([2023, 0.3]), SME: from([2023, 0.35]), SMAT: from([2023, 0.15]) }),
  },
  {
    id: 'hist-2024-december-hbm',
    name: 'December 2024 HBM and equipment controls',
    names: { en: 'December 2024 HBM and equipment controls', zh: '2024年12月 HBM 与设备管制' },
    shortNames: { en: 'Dec 2024 HBM', zh: '2024年12月 HBM' },
    descriptions: {
      en: 'High-bandwidth memory and more equipment under licence; the levels of the 2025 catalogue from 2025.',
      zh: '高带宽存储器及更多设备须经许可；自 2025 年起为 2025 目录的水平。',
    },
    year: 2024,
    month: 12,
    source: `US Commerce (BIS) rules of 2 Dec 2024: high-bandwidth memory, 24 kinds of chip-making equipment and 3 of software, 140 Entity List additions. Levels from 2025: the 2025 catalogue's r0 (data.md), judgement.`,
    confidence: 'L',
    hypothetical: false,
    sectors: restrict({ IC: from([2025, 0.3]), SME: from([2025, 0.35]) }),
  },
];
