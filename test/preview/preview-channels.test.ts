import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api';
import { CHANNELS, CONTRACT } from '../../shared/api';
import { PRESETS } from '../../shared/catalogue';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { startFixture } from './preview-fixture';

let fixture: Awaited<ReturnType<typeof startFixture>>;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.close());

const baseline = PRESETS[0]!;
const fileText = serializeScenarioFile([{ ...baseline, id: 'imported-1', name: 'Imported' }], {
  exportedAt: '2026-11-28T00:00:00.000Z',
  appVersion: '0.1.0',
  modelVersion: MODEL_VERSION,
});

const teamPackage = {
  id: 'team-hbm',
  name: 'HBM extension',
  year: 2027,
  source: 'workshop',
  sectors: { IC: { restriction: 0.5 } },
};

/** A valid input per channel, and an invalid one with the field the error must name. */
const CASES: { readonly [C in Channel]: { valid: unknown; invalid: unknown; field: string } } = {
  listScenarios: { valid: { text: 'esc' }, invalid: { limit: 0 }, field: '$.limit' },
  getScenario: { valid: { id: baseline.id }, invalid: { id: 42 }, field: '$.id' },
  getRevision: {
    valid: { id: baseline.id, revision: 1 },
    invalid: { id: baseline.id, revision: 'one' },
    field: '$.revision',
  },
  scenarioHistory: { valid: { id: baseline.id }, invalid: {}, field: '$.id' },
  saveScenario: {
    valid: { scenario: { ...baseline, description: 'edited' } },
    invalid: { scenario: { ...baseline, horizon: 99 } },
    field: '$.scenario.horizon',
  },
  renameScenario: {
    valid: { id: baseline.id, name: 'Baseline (renamed)' },
    invalid: { id: baseline.id, name: '' },
    field: '$.name',
  },
  setScenarioTags: {
    valid: { id: baseline.id, tags: ['example', 'workshop'] },
    invalid: { id: baseline.id, tags: 'workshop' },
    field: '$.tags',
  },
  restoreRevision: {
    valid: { id: baseline.id, revision: 1 },
    invalid: { id: baseline.id, revision: 0 },
    field: '$.revision',
  },
  duplicateScenario: {
    valid: { id: baseline.id, name: 'Copy' },
    invalid: { id: baseline.id, name: 7 },
    field: '$.name',
  },
  trashScenario: { valid: { id: PRESETS[1]!.id }, invalid: { id: '' }, field: '$.id' },
  untrashScenario: { valid: { id: PRESETS[1]!.id }, invalid: { ids: [] }, field: '$' },
  listTrash: { valid: {}, invalid: { all: true }, field: '$' },
  emptyTrash: { valid: { ids: [] }, invalid: { ids: 'all' }, field: '$.ids' },
  previewImport: {
    valid: { fileName: 'x.chokepoint', text: fileText },
    invalid: { fileName: 'x.chokepoint' },
    field: '$.text',
  },
  previewImportFile: {
    valid: { fileName: 'x.chokepoint', text: fileText },
    invalid: { fileName: 'x.chokepoint', text: 7 },
    field: '$.text',
  },
  importFile: {
    valid: { fileName: 'x.chokepoint', text: fileText, onConflict: 'skip' },
    invalid: { fileName: 'x.chokepoint', text: fileText, onConflict: 'overwrite' },
    field: '$.onConflict',
  },
  exportScenarios: { valid: { ids: [baseline.id] }, invalid: { ids: [] }, field: '$.ids' },
  openScenarioFiles: { valid: {}, invalid: { path: '/etc/passwd' }, field: '$' },
  saveFile: {
    valid: { suggestedName: 'a.csv', kind: 'csv', text: 'a,b', encoding: 'utf8' },
    invalid: { suggestedName: 'a.exe', kind: 'exe', text: '', encoding: 'utf8' },
    field: '$.kind',
  },
  listRecentFiles: { valid: {}, invalid: { limit: 3 }, field: '$' },
  openRecentFile: { valid: { path: '/tmp/x.chokepoint' }, invalid: { path: '' }, field: '$.path' },
  exportReportPdf: {
    valid: { suggestedName: 'report.pdf', footer: 'Chokepoint Planner 0.1.0, model v2' },
    invalid: {},
    field: '$.suggestedName',
  },
  getSettings: { valid: {}, invalid: { language: 'en' }, field: '$' },
  updateSettings: { valid: { language: 'zh-CN' }, invalid: { language: 'fr' }, field: '$.language' },
  getAppInfo: { valid: {}, invalid: { verbose: true }, field: '$' },
  saveView: {
    valid: {
      view: {
        id: 'view-1',
        name: 'Push versus baseline',
        scenarioIds: [baseline.id, PRESETS[3]!.id],
        referenceId: baseline.id,
        options: { variable: 'S', bands: true, discountRate: 0.03 },
      },
    },
    invalid: {
      view: {
        name: 'One scenario',
        scenarioIds: [baseline.id],
        referenceId: baseline.id,
        options: { variable: 'S', bands: true, discountRate: 0.03 },
      },
    },
    field: '$.view.scenarioIds',
  },
  listViews: { valid: {}, invalid: { limit: 5 }, field: '$' },
  getView: { valid: { id: 'view-1' }, invalid: { id: '' }, field: '$.id' },
  deleteView: { valid: { id: 'view-1' }, invalid: { ids: ['view-1'] }, field: '$' },
  listPackages: { valid: {}, invalid: { trash: true }, field: '$' },
  savePackage: {
    valid: { package: teamPackage },
    invalid: { package: { ...teamPackage, year: 'soon' } },
    field: '$.package.year',
  },
  packageHistory: { valid: { id: teamPackage.id }, invalid: {}, field: '$.id' },
  restorePackageRevision: {
    valid: { id: teamPackage.id, revision: 1 },
    invalid: { id: teamPackage.id, revision: 0 },
    field: '$.revision',
  },
  trashPackage: { valid: { id: teamPackage.id }, invalid: { id: '' }, field: '$.id' },
  untrashPackage: { valid: { id: teamPackage.id }, invalid: { ids: [] }, field: '$' },
  emptyPackageTrash: { valid: { ids: [] }, invalid: { ids: 'all' }, field: '$.ids' },
  previewImportPackages: {
    valid: { fileName: 'x.chokepoint', text: fileText },
    invalid: { fileName: 'x.chokepoint' },
    field: '$.text',
  },
};

describe('the handler table over the preview transport, with a real library', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: answers valid input per its contract and names the field of invalid input`, async () => {
      const { valid, invalid, field } = CASES[channel];
      const good = await fixture.call(channel, valid);
      expect(good.status).toBe(200);
      if (CONTRACT[channel].availability === 'desktop') {
        expect(good.body).toMatchObject({ ok: false, error: { code: 'not-available' } });
      } else {
        expect(good.body.ok, JSON.stringify(good.body)).toBe(true);
        expect(CONTRACT[channel].output.safeParse(good.body.value).success).toBe(true);
      }
      const bad = await fixture.call(channel, invalid);
      expect(bad.body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(bad.body.error.message).toContain(field);
    });
  }

  it('seeded the new library with the five examples', async () => {
    const listed = await fixture.call('listScenarios', {});
    expect(listed.body.value.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(PRESETS.map((p) => p.name)),
    );
  });

  it('refuses a missing or wrong token', async () => {
    expect((await fixture.call('listScenarios', {}, null)).status).toBe(403);
    expect((await fixture.call('listScenarios', {}, 'wrong')).status).toBe(403);
    expect((await fixture.call('listScenarios', {}, null)).body.ok).toBe(false);
  });

  it('refuses unknown channels and non-POST requests', async () => {
    expect((await fixture.call('dropTables', {})).body).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const get = await fetch(`http://127.0.0.1:${fixture.preview.port}/api/listScenarios`);
    expect(get.status).toBe(405);
  });

  it('serves the page with the bridge script first and a CSP, and nothing outside its folder', async () => {
    const page = await fetch(`http://127.0.0.1:${fixture.preview.port}/`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toMatch(/<head>\s*<script src="\.\/preview-bridge\.js"><\/script>/);
    const bridge = await (await fetch(`http://127.0.0.1:${fixture.preview.port}/preview-bridge.js`)).text();
    for (const channel of CHANNELS) expect(bridge).toContain(`"${channel}"`);
    const escape = await fetch(`http://127.0.0.1:${fixture.preview.port}/..%2f..%2fetc%2fpasswd`);
    expect(escape.status).toBe(404);
  });

  it('lets the browser keep content-named assets (their compiled code too), and nothing else', async () => {
    const assets = join(fixture.dataDir, 'static', 'assets');
    mkdirSync(assets, { recursive: true });
    writeFileSync(join(assets, 'index-CrK1aRV8.js'), 'export {};');
    writeFileSync(join(assets, 'notes.js'), 'export {};');
    const cache = async (path: string) =>
      (await fetch(`http://127.0.0.1:${fixture.preview.port}${path}`)).headers.get('cache-control');
    expect(await cache('/assets/index-CrK1aRV8.js')).toBe('public, max-age=31536000, immutable');
    expect(await cache('/assets/notes.js')).toBe('no-store');
    expect(await cache('/')).toBe('no-store');
    expect(await cache('/preview-bridge.js')).toBe('no-store');
    const api = await fixture.call('listScenarios', {});
    expect(api.status).toBe(200);
    expect(
      (
        await fetch(`http://127.0.0.1:${fixture.preview.port}/api/listScenarios`, { method: 'POST' })
      ).headers.get('cache-control'),
    ).toBe('no-store');
  });
});
