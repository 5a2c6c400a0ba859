import { getCatalogue } from '../shared/catalogue';
import { chokepointTable, parameterTable, replaceBlock, sectorTable } from './catalogue-tables';
import { presetVersionTable } from './preset-version-table';

/** docs/model.md with its generated tables brought up to date. */
export function renderModelDocs(document: string): string {
  const catalogue = getCatalogue('default-2025')!;
  let out = replaceBlock(document, 'parameters', parameterTable(catalogue));
  out = replaceBlock(out, 'sectors', sectorTable(catalogue));
  out = replaceBlock(out, 'chokepoints', chokepointTable(catalogue));
  // Not a `:start` region: the app's model page puts live catalogue tables in those, and shows this one
  // as the Markdown table it is.
  out = replaceBlock(out, 'presets-v1-v2', presetVersionTable(), {
    start: '<!-- generated: presets-v1-v2 -->',
    end: '<!-- end of generated: presets-v1-v2 -->',
  });
  return out;
}
