import type { Catalogue } from './catalogue-shape';
import type { keyboardEn } from './keyboard-en';

/** 编辑器键盘操作（输入网格、时间表图）的简体中文文本，并入 zh-cn.ts 的 `keyboard` 键下。 */
export const keyboardZhCN: Catalogue<typeof keyboardEn> = {
  gridHelp: '方向键在单元格之间移动；Enter 或 F2 打开该单元格的时间表，Esc 返回单元格。',
  scheduleChart: '{description} 空格键选择下一个点；方向键移动它（左右：年份，上下：数值）。',
  pointPicked: '第 {index} 个点（共 {count} 个）：{year}，{value}',
};
