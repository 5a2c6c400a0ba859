import type { Catalogue } from './catalogue-shape';
import type { identityEn } from './identity-en';

/** 情景的标识（颜色与线型、唯一名称）的简体中文文本，并入 zh-cn.ts 的 `identity` 键下。 */
export const identityZhCN: Catalogue<typeof identityEn> = {
  label: '颜色与线型',
  hint: '此情景在所有图表、幻灯片和导出文件中都以这一样式绘制。',
  choices: {
    blue: '蓝色，实线',
    vermillion: '朱红色，虚线',
    'bluish-green': '蓝绿色，点线',
    'reddish-purple': '紫红色，点划线',
    ochre: '赭色，长划双点线',
    violet: '紫色，点长划线',
  },
  grey: '中性灰色，实线',
  baseline: '基准情景始终以中性灰色绘制。',
  clash: '此处以{colour}绘制：{name}使用相同颜色且排在前面。',
  nameTaken: '已有情景名为“{name}”，请另选名称。',
  nameRule:
    '情景库中的名称唯一：不能改为已被使用的名称；新建、复制、恢复和导入的情景会自动加编号，例如“限制升级（2）”。',
};
