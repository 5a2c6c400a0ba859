import type { Catalogue } from './catalogue-shape';
import type { backtestEn } from './backtest-en';

/** 模型说明页回测视图的简体中文文本，并入 zh-cn.ts 的 `backtest` 键下。 */
export const backtestZhCN: Catalogue<typeof backtestEn> = {
  heading: '模型与历史记录对照（2018–2024）',
  intro:
    '模型从 2018 年目录出发，输入 2018–2024 年的外部限制与政策，并与此后观测到的自给率对照。{year} 年及以前的观测值为样本内，是拟合参数唯一可见的数据；之后的观测值用于样本外检验。',
  version: '模型版本',
  v2: '第 2 版（当前）',
  v1: '第 1 版（已发布结果）',
  chart: '模拟自给率与观测值对照，模型第 {version} 版',
  bands: {
    computing: 'P10–P90 区间：已完成 {done}/{total} 次抽样',
    done: '{total} 次抽样的 P10–P90 区间，随机种子 {seed}',
    failed: '无法计算 P10–P90 区间：{reason}',
  },
  table: {
    caption: '全部参与对照的观测值，模型第 {version} 版',
    sector: '行业',
    year: '年份',
    sample: '样本',
    observed: '观测值',
    simulated: '模拟值',
    error: '误差（百分点）',
    band: 'P10–P90',
    inside: '落在 P10–P90 内',
    in: '样本内',
    out: '样本外',
    yes: '是',
    no: '否',
    pending: '…',
  },
  summary: {
    caption: '各行业的平均绝对误差与覆盖率，模型第 {version} 版',
    sector: '行业',
    inMae: '样本内：平均绝对误差',
    inInside: '样本内：落在 P10–P90 内',
    outMae: '样本外：平均绝对误差',
    outInside: '样本外：落在 P10–P90 内',
    total: '全部行业',
    inside: '{count} 个中 {inside} 个',
    none: '–',
  },
  errorNote: '误差为模拟值减观测值，单位为自给率的百分点；模型低估时为负。',
  exportName: '回测 2018–2024，模型 v{version}',
};
