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

export type ChangeTemplates = { readonly [K in keyof typeof CHANGE_TEMPLATES_EN]: string };

/** Fills `{name}` placeholders; an unknown placeholder stays as written (a visible bug, not a crash). */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}
