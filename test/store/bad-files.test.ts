import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatJsonPath,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  MAX_SCENARIOS,
  parseScenarioFile,
} from '../../shared/file-format';
import { libraryPath } from '../../services/store/library-file';
import { deeplyNestedFile, manyScenariosFile, tooLargeFile } from '../fixtures/generate-files';
import { dumpLibrary, makeScenario, openTestLibrary, unwrap } from './library-harness';
import { useTempFolder } from './temp-folder';

const FILES = join(__dirname, '..', 'fixtures', 'files');
// The fixtures' convention: `valid-*.chokepoint` load; every other file must be refused.
const fixtureNames = readdirSync(FILES).filter((name) => name.endsWith('.chokepoint'));
const read = (name: string) => readFileSync(join(FILES, name), 'utf8');
const validText = read('valid-single.chokepoint');

const hostile: [string, string][] = [
  ...fixtureNames
    .filter((name) => !name.startsWith('valid-'))
    .map((name): [string, string] => [name, read(name)]),
  ['too-large.chokepoint', tooLargeFile(validText, MAX_FILE_BYTES)],
  ['too-many.chokepoint', manyScenariosFile(validText, MAX_SCENARIOS + 1)],
  ['far-too-deep.chokepoint', deeplyNestedFile(validText, MAX_DEPTH * 4)],
];

describe('importing malformed and hostile files into a library that holds scenarios', () => {
  const tempFolder = useTempFolder();

  function populated() {
    const test = openTestLibrary(libraryPath(tempFolder()));
    for (const id of ['a', 'b']) unwrap(test.library.save(makeScenario(id, { tags: ['kept'] })));
    unwrap(test.library.save(makeScenario('a', { description: 'second revision' })));
    return test;
  }

  it('has hostile fixtures to try', () => {
    expect(hostile.length).toBeGreaterThan(10);
  });

  it.each(hostile)('%s is refused with its own error and changes nothing', (fileName, text) => {
    const { db, library, close } = populated();
    const before = dumpLibrary(db);
    for (const onConflict of ['keep-both', 'replace', 'skip'] as const) {
      const result = library.importFile({ text, fileName, onConflict });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      // The store passes the parser's specific error through, and its message names file and path.
      const parsed = parseScenarioFile(text, { fileName });
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.details).toEqual({ fileFormatError: parsed.error });
      expect(result.error.message).toContain(fileName);
      // A too-new version is named as such ("written in format version 2") rather than by its path.
      if (parsed.error.path.length > 0 && parsed.error.kind !== 'format-version-too-new') {
        expect(result.error.message).toContain(formatJsonPath(parsed.error.path));
      }
    }
    expect(dumpLibrary(db)).toBe(before);
    close();
  });

  it.each(fixtureNames.filter((name) => name.startsWith('valid-')))('%s imports', (fileName) => {
    const { library, close } = populated();
    const report = unwrap(library.importFile({ text: read(fileName), fileName, onConflict: 'skip' }));
    expect(report.added.length).toBeGreaterThan(0);
    close();
  });
});
