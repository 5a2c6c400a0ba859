import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { parseScenarioFile, serializeScenarioFile } from '../../shared/file-format';
import { dispatch } from '../../electron/main/handlers/dispatch';
import { createHandlerTable } from '../../electron/main/handlers/handler-table';
import { createKeptFiles, KEPT_FILES_LIMITS } from '../../electron/main/handlers/kept-files';
import { libraryPath } from '../../services/store/library-file';
import { makeScenario, openTestLibrary } from '../store/library-harness';
import { useTempFolder } from '../store/temp-folder';

const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.0.9', modelVersion: MODEL_VERSION };
const text = serializeScenarioFile([makeScenario('from-file-1'), makeScenario('from-file-2')], META);
const third = serializeScenarioFile([makeScenario('from-file-3')], META);

describe('importing a previewed file by its token, on a real library file', () => {
  const tempFolder = useTempFolder();

  function table() {
    const opened = openTestLibrary(libraryPath(tempFolder()));
    let time = Date.parse('2026-12-01T00:00:00Z');
    const parses: string[] = [];
    const now = () => new Date(time);
    const handlers = createHandlerTable({
      library: opened.library,
      appVersion: '0.1.0',
      now,
      settings: { get: () => ({}) as never, update: () => ({ ok: true, value: {} as never }) },
      recentFiles: { list: () => [] },
      appInfo: () => ({}) as never,
      parseFile: async (fileText, fileName) => {
        parses.push(fileName);
        return parseScenarioFile(fileText, { fileName });
      },
      keptFiles: createKeptFiles(now),
    });
    const call = (channel: string, input: unknown) => dispatch(handlers, channel, input);
    return { ...opened, call, parses, later: (ms: number) => (time += ms) };
  }

  it('parses the file once for both previews and the import, and imports what the preview showed', async () => {
    const library = table();
    const preview = await library.call('previewImportFile', { fileName: 'two.chokepoint', text });
    if (!preview.ok) throw new Error(preview.error.message);
    const { token, scenarios, packages } = preview.value as {
      token: string;
      scenarios: { id: string; status: string }[];
      packages: unknown[];
    };
    expect(scenarios.map((item) => [item.id, item.status])).toEqual([
      ['from-file-1', 'new'],
      ['from-file-2', 'new'],
    ]);
    expect(packages).toEqual([]);
    const report = await library.call('importFile', {
      fileName: 'two.chokepoint',
      token,
      onConflict: 'skip',
    });
    expect(report).toMatchObject({
      ok: true,
      value: { added: [{ id: 'from-file-1' }, { id: 'from-file-2' }] },
    });
    expect(library.parses).toEqual(['two.chokepoint']);
    const history = library.library.history('from-file-2');
    expect(history.ok && history.value[0]).toMatchObject({
      origin: 'import',
      provenance: { fileName: 'two.chokepoint', exportedAt: META.exportedAt },
    });
    library.close();
  });

  it('answers a used or expired token with "not-found" and imports nothing; the text still imports', async () => {
    const library = table();
    const first = await library.call('previewImportFile', { fileName: 'two.chokepoint', text });
    const second = await library.call('previewImportFile', { fileName: 'third.chokepoint', text: third });
    if (!first.ok || !second.ok) throw new Error('no preview');
    const { token } = first.value as { token: string };
    await library.call('importFile', { fileName: 'two.chokepoint', token, onConflict: 'skip' });
    const again = await library.call('importFile', { fileName: 'two.chokepoint', token, onConflict: 'skip' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'not-found', details: { importToken: 'expired' } },
    });
    library.later(KEPT_FILES_LIMITS.maxAgeMs + 1);
    const late = await library.call('importFile', {
      fileName: 'third.chokepoint',
      token: (second.value as { token: string }).token,
      onConflict: 'skip',
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const listed = library.library.list({});
    expect(listed.ok && listed.value.map((summary) => summary.id).sort()).toEqual([
      'from-file-1',
      'from-file-2',
    ]);
    const byText = await library.call('importFile', {
      fileName: 'third.chokepoint',
      text: third,
      onConflict: 'skip',
    });
    expect(byText).toMatchObject({ ok: true, value: { added: [{ id: 'from-file-3' }] } });
    library.close();
  });

  it('validates the token like every input: a malformed one, or a token with the text, is refused by name', async () => {
    const library = table();
    const malformed = await library.call('importFile', {
      fileName: 'two.chokepoint',
      token: '../../etc/passwd',
      onConflict: 'skip',
    });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!malformed.ok && malformed.error.message).toContain('$.token');
    const both = await library.call('importFile', {
      fileName: 'two.chokepoint',
      text,
      token: '5f0c7c1e-3d4b-4f7a-9c2e-1b2a3c4d5e6f',
      onConflict: 'skip',
    });
    expect(!both.ok && both.error.message).toContain('$.text');
    const neither = await library.call('importFile', { fileName: 'two.chokepoint', onConflict: 'skip' });
    expect(neither).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(library.parses).toEqual([]);
    library.close();
  });

  it('refuses a broken file at its preview with the one refused-file error, keeping nothing', async () => {
    const library = table();
    const broken = await library.call('previewImportFile', {
      fileName: 'broken.chokepoint',
      text: '{"format": ',
    });
    expect(broken).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { fileFormatError: { file: 'broken.chokepoint' } } },
    });
    expect(!broken.ok && broken.error.message).toContain('broken.chokepoint');
    library.close();
  });
});
