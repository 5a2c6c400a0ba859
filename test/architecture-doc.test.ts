import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const DOC = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');

/** The folders whose every subfolder the architecture names (as `path/`). */
const NAMED_BELOW = [
  'shared',
  'services',
  'services/store',
  'electron',
  'electron/main',
  'cli',
  'renderer/src',
  'renderer/src/features',
];

function subfolders(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}/`);
}

/** How the document writes a folder: features by their short name (`features/plan/`). */
const written = (folder: string) => folder.replace(/^renderer\/src\/(?=features\/)/, '');

describe('docs/architecture.md', () => {
  it('names every folder of the code', () => {
    const folders = NAMED_BELOW.flatMap(subfolders);
    expect(folders.length).toBeGreaterThan(30);
    const missing = folders.filter((folder) => !DOC.includes(`\`${written(folder)}\``));
    expect(missing).toEqual([]);
  });

  it('names no folder that is gone', () => {
    const named = [
      ...DOC.matchAll(/`((?:shared|services|electron|cli|renderer\/src|features)\/[\w/-]*\/)`/g),
    ].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(30);
    const existing = new Set(NAMED_BELOW.flatMap(subfolders).map(written));
    const gone = named.filter((folder) => {
      if (existing.has(folder)) return false;
      // Deeper folders (`shared/catalogue/default-2025/`) and the layers themselves are checked on disk.
      const path = folder.startsWith('features/') ? `renderer/src/${folder}` : folder;
      try {
        readdirSync(join(ROOT, path));
        return false;
      } catch {
        return true;
      }
    });
    expect(gone).toEqual([]);
  });
});
