import type { Catalogue } from './catalogue-shape';
import type { sectorDataEn } from './sector-data-en';

/** 假设页中各行业基年数据的简体中文文本，并入 zh-cn.ts 的 `sectorData` 键下。 */
export const sectorDataZhCN: Catalogue<typeof sectorDataEn> = {
  title: '行业数据',
  intro:
    '各行业的基年数据：默认值、允许范围、单位、来源与可信度。可为本情景覆盖某个值，运行将以其为起点；被覆盖的值会标出，并可重置。',
  sector: '行业',
  caption: '{sector}的行业数据及本情景的覆盖值',
  datum: '数据项',
  overriddenCount_one: '已覆盖 {count} 项行业数据',
  overriddenCount_other: '已覆盖 {count} 项行业数据',
  overriddenIn_one: '已设 {count} 项',
  overriddenIn_other: '已设 {count} 项',
  name: {
    S0: '基年自给率',
    lag0: '能力差距（落后前沿的年数）',
    kappa: '需求在技术阶梯上的集中度',
    r0: '基年外部限制',
    dSObs: '观测到的自给率年变化',
    dLagObs: '观测到的差距年变化',
    V0: '国内需求',
    rho: '研发强度',
    m0: '基年国产采购偏好',
    gNew: '新增需求增速（新建工厂与产线）',
  },
  unit: {
    share: '比例（0–1）',
    years: '年',
    sharePerYear: '每年比例变化',
    yearsPerYear: '每年年数变化',
    usdBn: '十亿美元',
    dimensionless: '无量纲',
    perYear: '每年',
  },
  aboveLimit:
    '对基年而言过高：落后前沿 {lag} 年、需求集中度为 {kappa} 时，国内技术能力至多能满足 {limit} 的需求，自给率不能超过此值（S0 ≤ D(C0)）。请输入不超过 {limit} 的值。',
  lowersLimit:
    '按此值，基年国内技术能力至多能满足 {limit} 的需求，低于本行业的基年自给率 {s0}（S0 ≤ D(C0)）。请先调低自给率。',
};
