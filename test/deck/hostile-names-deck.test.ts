import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { renderChartSvg } from '../../cli/report/render-chart-svg';
import { getPreset } from '../../shared/catalogue';
import type { Scenario } from '../../shared/domain/scenario';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { xmlSafeText } from '../../shared/text/xml-text';
import { memoryIo } from '../support/memory-io';
import { officeXmlParts, xmlProblem } from '../support/xml-parts';

/**
 * Names are text, never markup: scenario names, descriptions and authors holding characters XML 1.0
 * forbids (all of them valid in JSON, so `validate` accepts them) give a deck whose every XML part —
 * slides, chart parts, the workbooks embedded in the charts — is well-formed, and that LibreOffice
 * converts to as many pages as the same deck with plain names.
 */
const HOSTILE = [
  'Bell\u0007 tab\u000b esc\u001b[31m red',
  'Form\u000c feed \u0000 nul \ufffe\uffff',
  'Lone \ud800 high \udc00 low',
];
const clean = [getPreset('baseline')!, getPreset('escalation')!, getPreset('self-reliance-push')!];
const hostile: Scenario[] = clean.map((scenario, i) => ({
  ...scenario,
  name: HOSTILE[i]!,
  description: `Notes \u0001\u0002 ${HOSTILE[(i + 1) % 3]}`,
  author: `Ana \u001f${HOSTILE[(i + 2) % 3]}`.slice(0, 200),
}));
const meta = { exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0.1.0', modelVersion: MODEL_VERSION };

const dir = mkdtempSync(join(tmpdir(), 'chokepoint-hostile-deck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function deck(file: string, scenarios: Scenario[], out: string, lang: string): Promise<Uint8Array> {
  writeFileSync(join(dir, file), serializeScenarioFile(scenarios, meta));
  const io = memoryIo(dir);
  // No --format: the extension decides.
  const code = await runCli(['report', file, '--out', out, '--mc', '6', '--lang', lang], io);
  expect(code, io.err()).toBe(0);
  return readFileSync(join(dir, out));
}

const decks: Record<string, Uint8Array> = {};
beforeAll(async () => {
  decks.clean = await deck('clean.chokepoint', clean, 'clean.pptx', 'en');
  decks.hostile = await deck('hostile.chokepoint', hostile, 'hostile.pptx', 'en');
  decks.hostileZh = await deck('hostile.chokepoint', hostile, 'hostile-zh.pptx', 'zh-CN');
}, 180_000);

/** Each deck's XML parts, unzipped once for the tests that read them. */
const partsOf: Record<string, Promise<Map<string, string>>> = {};
const xmlParts = (key: string) => (partsOf[key] ??= officeXmlParts(decks[key]!));

describe('a deck of hostile names', () => {
  it('is accepted by validate, as JSON allows every one of these characters', async () => {
    const io = memoryIo(dir);
    expect(await runCli(['validate', 'hostile.chokepoint'], io), io.err()).toBe(0);
  });

  it('has only well-formed XML parts, embedded workbooks included, in English and Chinese', async () => {
    // The parser is strict about characters: the check can fail.
    expect(xmlProblem('<a>bell \u0007</a>')).toBeDefined();
    expect(xmlProblem('<a>fine</a>')).toBeUndefined();
    for (const key of ['hostile', 'hostileZh']) {
      const parts = await xmlParts(key);
      const workbookParts = [...parts.keys()].filter((name) => name.includes('.xlsx!'));
      expect(parts.size).toBeGreaterThan(100);
      expect(workbookParts.length).toBeGreaterThan(20);
      const broken = [...parts].flatMap(([name, xml]) => {
        const problem = xmlProblem(xml);
        return problem === undefined ? [] : [`${name}: ${problem.split('\n')[0]}`];
      });
      expect(broken, key).toEqual([]);
    }
  });

  it('keeps the names as text, each forbidden character shown as U+FFFD', async () => {
    const parts = await xmlParts('hostile');
    const all = [...parts.values()].join('\n');
    for (const name of HOSTILE) {
      const safe = xmlSafeText(name);
      expect(safe).not.toBe(name);
      expect(all).toContain(safe.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    }
  });

  it('converts with LibreOffice to as many pages as the deck with plain names', () => {
    writeFileSync(join(dir, 'hostile.pptx'), decks.hostile!);
    // A profile of its own: another LibreOffice running on the machine must not take the job over.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const converted = spawnSync(
      'soffice',
      [
        profile,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'clean.pptx'),
        join(dir, 'hostile.pptx'),
      ],
      { timeout: 240_000, encoding: 'utf8' },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const pages = (pdf: string) => {
      const info = spawnSync('pdfinfo', [join(dir, pdf)], { encoding: 'utf8' });
      return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
    };
    expect(pages('clean.pdf')).toBe(17);
    expect(pages('hostile.pdf')).toBe(pages('clean.pdf'));
  }, 300_000);
});

describe('an SVG chart of hostile names', () => {
  it('is well-formed XML, each forbidden character shown as U+FFFD', () => {
    const svg = renderChartSvg(
      {
        legend: {},
        xAxis: { type: 'category', data: HOSTILE },
        yAxis: { type: 'value' },
        series: HOSTILE.map((name) => ({ type: 'line', name, data: [1, 2, 3] })),
      },
      { width: 640, height: 360 },
      'en',
    );
    expect(xmlProblem(svg)).toBeUndefined();
    expect(svg).toContain(xmlSafeText('Bell\u0007'));
  });
});
