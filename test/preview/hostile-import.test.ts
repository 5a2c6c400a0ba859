import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerParser } from '../../services/parse-worker/file-parser';
import { PRESETS } from '../../shared/catalogue';
import { serializeScenarioFile } from '../../shared/file-format';
import { unknownKeysFile, zeroScheduleFile } from '../support/hostile-files';
import { startFixture } from './preview-fixture';

let fixture: Awaited<ReturnType<typeof startFixture>>;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.close());

/** A valid file big enough that reading it takes a while (about a second). */
function manyScenarios(count = 300): string {
  const scenarios = Array.from({ length: count }, (_, i) => ({
    ...PRESETS[i % PRESETS.length]!,
    id: `s${i}`,
  }));
  return serializeScenarioFile(scenarios, {
    exportedAt: '2026-11-28T12:00:00Z',
    appVersion: '0.1.0',
    modelVersion: 1,
  });
}

describe('the preview reads imported files in a worker thread', () => {
  it('refuses the 20 MB and the 1 MB hostile files with the reader’s message', async () => {
    const zeros = await fixture.call('previewImport', {
      fileName: 'zeros.chokepoint',
      text: zeroScheduleFile(),
    });
    expect(zeros.body).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        details: { fileFormatError: { kind: 'too-many-items', file: 'zeros.chokepoint' } },
      },
    });
    const keys = await fixture.call('importFile', {
      fileName: 'keys.chokepoint',
      text: unknownKeysFile(),
      onConflict: 'skip',
    });
    expect(keys.body).toMatchObject({
      ok: false,
      error: { details: { fileFormatError: { kind: 'too-many-keys' } } },
    });
    expect(keys.body.error.message).toMatch(
      /^keys\.chokepoint has too many keys in the object at \$\.scenarios\[0\]\.parameters/,
    );
  });

  it('answers another call while a file is being read', async () => {
    const order: string[] = [];
    const reading = fixture
      .call('previewImport', { fileName: 'many.chokepoint', text: manyScenarios() })
      .then((response) => {
        order.push('previewImport');
        return response;
      });
    // Sent once the big request is on its way: the list must not wait for the file to be read.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const listing = fixture.call('listScenarios', {}).then((response) => {
      order.push('listScenarios');
      return response;
    });
    const [read, list] = await Promise.all([reading, listing]);
    expect(list.body.ok).toBe(true);
    expect(read.body.ok).toBe(true);
    expect(read.body.value).toHaveLength(300);
    expect(order).toEqual(['listScenarios', 'previewImport']);
  });
});

describe('the worker parser', () => {
  it('stops a parse over its time limit and answers "too complex", then keeps working', async () => {
    const parser = createWorkerParser({ timeLimitMs: 1 });
    try {
      expect(await parser.parse(manyScenarios(), 'many.chokepoint')).toEqual({
        ok: false,
        error: { kind: 'too-complex', path: [], file: 'many.chokepoint', reason: 'time' },
      });
    } finally {
      await parser.close();
    }
    const roomy = createWorkerParser();
    try {
      const text = serializeScenarioFile([PRESETS[0]!], {
        exportedAt: '2026-11-28T12:00:00Z',
        appVersion: '0.1.0',
        modelVersion: 1,
      });
      expect(await roomy.parse(text, 'one.chokepoint')).toMatchObject({ ok: true });
    } finally {
      await roomy.close();
    }
  });

  it('answers "too complex" when a parse runs out of the worker’s memory', async () => {
    const parser = createWorkerParser({ maxHeapMb: 4, timeLimitMs: 60_000 });
    try {
      expect(await parser.parse(manyScenarios(), 'many.chokepoint')).toMatchObject({
        ok: false,
        error: { kind: 'too-complex', reason: 'memory' },
      });
    } finally {
      await parser.close();
    }
  });
});
