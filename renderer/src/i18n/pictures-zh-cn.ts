import type { Catalogue } from './catalogue-shape';
import type { picturesEn } from './pictures-en';

/** 幻灯片、演示文稿与导出图表的简体中文文本，并入 zh-cn.ts 的 `pictures` 键下。 */
export const picturesZhCN: Catalogue<typeof picturesEn> = {
  slides: {
    title: '标题',
    targets: '目标',
    sector: '{sector}',
    selfReliance: '自给率（S）：国内供给满足需求的比例',
    capability: '技术能力（C）：国内技术水平',
    targetsTitle: '各行业首次达到 {targets} 自给率的年份',
    targetsNote: '中心情形下首次达到的年份；“–”表示 {year} 年前未达到；括号内为达到目标的抽样比例。',
    sectorColumn: '行业',
    notBy: '–',
    compared: '参与对比的情景',
    date: '日期：{date}',
    pick: '单独成页的行业',
    pickAll: '全部行业',
    pickNone: '不选',
    count: '共 {count} 页',
    setup: {
      heading: '本次对比的幻灯片',
      intro: '幻灯片展示的内容，演示模式与导出的演示文稿相同。',
      title: '幻灯片标题',
      reference: '参照情景（其他情景与之比较）',
      start: '开始演示',
    },
  },
  deck: {
    export: '导出演示文稿',
    hint: 'PowerPoint 演示文稿：相同的幻灯片，原生可编辑图表',
    working: '正在生成演示文稿…',
    failed: '无法生成演示文稿：{reason}',
  },
};
