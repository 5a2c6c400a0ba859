/**
 * The English phrases of change summaries and readable diffs, with `{name}` placeholders (the
 * interface's i18n style). The CLI uses them as they are; the interface's English catalogue points at
 * this object and its Chinese catalogue has the same keys.
 */
export const CHANGE_TEMPLATES_EN = {
  change: '{input} — {sectors}: {change}',
  allSectors: 'all sectors',
  fromTo: '{from} → {to}',
  stepTo: 'step to {to} in {year}',
  rampTo: 'ramp to {to} over {start}–{end}',
  shapeStep: '{from}, {to} from {year}',
  shapeRamp: '{from} ramping to {to} over {start}–{end}',
  shapeSteps: '{from} then {count} steps, to {to}',
  overrideSector: '{key} — {sector}: {change}',
  overrideGlobal: '{key}: {change}',
  catalogueValue: 'catalogue value',
  name: 'Renamed “{from}” → “{to}”',
  description: 'Description edited',
  display: 'Colour and line style changed',
  author: 'Author: {from} → {to}',
  tags: 'Tags: {to}',
  noTags: 'none',
  nobody: 'not given',
  setting: '{field}: {from} → {to}',
  baseYear: 'Base year',
  horizon: 'Horizon',
  seed: 'Seed',
  catalogue: 'Catalogue',
  more: '(+{count} more)',
  separator: '; ',
  noChanges: 'No changes',
  created: 'Created',
  createdFromPreset: 'Created from preset {preset}',
  duplicated: 'Duplicated from {name}',
  imported: 'Imported from {file}',
  replaced: 'Replaced from {file}',
  restored: 'Restored revision {revision}',
  merged: 'Merged from {file} by {author}',
  seeded: 'Example scenario',
} as const;

/** The same phrases in Simplified Chinese: the interface's catalogue and the HTML report share them. */
export const CHANGE_TEMPLATES_ZH_CN: ChangeTemplates = {
  change: '{input}—{sectors}：{change}',
  allSectors: '所有行业',
  fromTo: '{from} → {to}',
  stepTo: '{year} 年阶跃至 {to}',
  rampTo: '{start}–{end} 年渐变至 {to}',
  shapeStep: '{from}，{year} 年起 {to}',
  shapeRamp: '{from}，{start}–{end} 年渐变至 {to}',
  shapeSteps: '{from}，经 {count} 次阶跃至 {to}',
  overrideSector: '{key}—{sector}：{change}',
  overrideGlobal: '{key}：{change}',
  catalogueValue: '目录值',
  name: '重命名“{from}”→“{to}”',
  description: '修改了说明',
  display: '更改了颜色与线型',
  author: '作者：{from} → {to}',
  tags: '标签：{to}',
  noTags: '无',
  nobody: '未填写',
  setting: '{field}：{from} → {to}',
  baseYear: '基准年',
  horizon: '预测年数',
  seed: '随机种子',
  catalogue: '目录',
  more: '（另有 {count} 项）',
  separator: '；',
  noChanges: '无改动',
  created: '新建',
  createdFromPreset: '由预设“{preset}”新建',
  duplicated: '复制自“{name}”',
  imported: '从 {file} 导入',
  replaced: '由 {file} 替换',
  restored: '恢复修订 {revision}',
  merged: '由 {author} 从 {file} 合并',
  seeded: '内置示例',
};

export type ChangeTemplates = { readonly [K in keyof typeof CHANGE_TEMPLATES_EN]: string };

/** Fills `{name}` placeholders; an unknown placeholder stays as written (a visible bug, not a crash). */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}
