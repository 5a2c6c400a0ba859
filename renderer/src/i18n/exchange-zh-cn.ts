import { CHANGE_TEMPLATES_ZH_CN } from '../../../shared/history/change-templates';
import type { Catalogue } from './catalogue-shape';
import type { exchangeEn } from './exchange-en';

export const exchangeZhCN: Catalogue<typeof exchangeEn> = {
  changes: CHANGE_TEMPLATES_ZH_CN,
  nameSuffix: { counter: '{name}（{n}）', fromAuthor: '{name}（来自{author}）' },
  identity: {
    description: '说明',
    author: '作者',
    yourName: '您的姓名',
    yourNameHint: '将作为新情景的作者，并记录在您保存的每个修订上',
  },
  namePrompt: {
    title: '欢迎使用',
    text: '此处填写的姓名将作为您新建情景的作者，并记录在您保存的每个修订上。之后可随时在窗口顶部的“您的姓名”中修改。',
    label: '记录为作者的姓名',
    use: '使用此姓名',
    skip: '暂不填写',
  },
  library: {
    description: '说明',
    origin: '来源',
    lastChange: '最近改动',
    origins: {
      blank: '空白',
      preset: '预设“{preset}”',
      duplicate: '复制自“{name}”',
      import: '{date} 从 {file} 导入',
      seed: '内置示例',
    },
  },
  history: {
    author: '修改人',
    changes: '改动内容',
    notRecorded: '未记录',
    compareWith: '比较修订 {revision}',
    compare: '比较所选的两个修订',
    comparePick: '请选择两个修订进行比较。',
    compareTitle: '修订 {a} → 修订 {b}',
    noDifferences: '没有差异。',
  },
  conflict: {
    title: '导入 {file}',
    intro_other: '文件中有 {count} 个情景与库中的情景相对应。请逐一选择：',
    sameId: '同一情景（id 相同），内容不同',
    sameName: '库中另有同名情景',
    library: '库中版本',
    file: '文件中版本',
    side: '“{name}”，作者 {author}，修订 {revision}，修改于 {date}',
    fileSide: '“{name}”，作者 {author}，修改于 {date}',
    nobody: '未填写作者',
    inTrash: '在回收站中',
    differences: '差异（库 → 文件）',
    noDifferences: '仅时间戳不同。',
    choice: '如何处理“{name}”',
    keepBoth: '两者都保留',
    replace: '替换库中版本',
    skip: '跳过',
    merge: '合并',
    mergeInfo_other:
      '以修订 {base} 为共同祖先合并：将带入 {fromTheirs} 处改动；{count} 个单元格双方都做了修改。',
    mergeUnavailable: {
      'no-lineage': '无法合并：文件没有说明它来自哪个修订。',
      'unknown-ancestor': '无法合并：文件来自本库从未有过的修订。',
      'different-id': '无法合并：这是另一个情景。',
    },
    cell: '双方都修改了：{cell}',
    ours: '保留我的：{value}',
    theirs: '采用对方的：{value}',
    unset: '默认值',
    confirm: '导入',
    nothingWritten: '点击“导入”之前不会写入任何内容。被替换的情景会在历史中保留之前的状态。',
  },
  report: {
    merged_other: '合并 {count} 个',
    unmerged_other: '{count} 个未改动（有冲突）',
  },
};
