import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryPath } from '../../services/store/library-file';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { openTestLibrary, unwrap } from './library-harness';
import { useTempFolder } from './temp-folder';

// A file keeps the model version it was saved with; importing one authored under another version says
// so, with the version, so the app can name it in either language (docs/model.md §9).
describe('importing a file authored under another model version', () => {
  const tempFolder = useTempFolder();
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'files', 'valid-single.chokepoint'), 'utf8');
  const withVersion = (version: number) => text.replace('"modelVersion": 1,', `"modelVersion": ${version},`);

  it('warns about a version-1 file and names the version, and not about a current one', () => {
    expect(MODEL_VERSION).toBe(2);
    const { library, close } = openTestLibrary(libraryPath(tempFolder()));
    try {
      const old = unwrap(
        library.importFile({ text: withVersion(1), fileName: 'old.chokepoint', onConflict: 'skip' }),
      );
      expect(old.warnings).toContainEqual({
        kind: 'model-version',
        modelVersion: 1,
        message: expect.stringContaining('authored under model version 1'),
      });
      const current = unwrap(
        library.importFile({ text: withVersion(2), fileName: 'new.chokepoint', onConflict: 'keep-both' }),
      );
      expect(current.warnings.filter((warning) => warning.kind === 'model-version')).toEqual([]);
    } finally {
      close();
    }
  });
});
