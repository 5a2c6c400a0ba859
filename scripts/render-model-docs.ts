import { getCatalogue } from '../shared/catalogue';
import { chokepointTable, parameterTable, replaceBlock, sectorTable } from './catalogue-tables';
import { presetVersionTable } from './preset-version-table';

/** docs/model.md with its generated tables brought up to date. */
export function renderModelDocs(document: string): string {
  const catalogue = getCatalogue('default-2025')!;
  let out = replaceBlock(document, 'parameters', parameterTable(catalogue));
  out = replaceBlock(out, 'sectors', sectorTable(catalogue));
  out = replaceBlock(out, 'chokepoints', chokepointTable(catalogue));
  out = replaceBlock(out, 'presets-v1-v2', presetVersionTable());
  return out;
}
