import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import { MODEL_VERSION } from '../../shared/engine/model-version';
import { serializeScenarioFile } from '../../shared/file-format';
import { launchChromium, runBrowserTests } from '../e2e/support/chromium';
import { memoryIo } from '../support/memory-io';

/**
 * The HTML report of four scenarios printed by Chromium (`page.pdf`) on A4 and Letter, in English and
 * Chinese, and read back: no page ends on a heading, the content hashes sit in the titled appendix
 * with the provenance, and the small multiples' titles, as Chromium draws them with real fonts, meet
 * no other title or label and stay inside their chart.
 */
const dir = mkdtempSync(join(tmpdir(), 'chokepoint-report-pdf-'));
const meta = { exportedAt: '2026-11-28T00:00:00.000Z', appVersion: '0.1.0', modelVersion: MODEL_VERSION };
writeFileSync(
  join(dir, 'four.chokepoint'),
  serializeScenarioFile(
    ['baseline', 'self-reliance-push', 'escalation', 'push-under-escalation'].map((id) => getPreset(id)!),
    meta,
  ),
);
const catalogue = getCatalogue('default-2025')!;
const SECTOR_NAMES = {
  en: catalogue.sectors.map((sector) => sector.name.en),
  'zh-CN': catalogue.sectors.map((sector) => sector.name.zh),
} as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
const FORMATS = ['A4', 'Letter'] as const;
const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;

/** Each printed PDF's pages, read once by pdftotext for every test that reads them. */
const pagesRead = new Map<string, string[][]>();

/** The page's text per printed page (pdftotext's form feeds), footer lines dropped. */
function pagesOf(pdf: string): string[][] {
  let pages = pagesRead.get(pdf);
  if (!pages) pagesRead.set(pdf, (pages = readPages(pdf)));
  return pages;
}

function readPages(pdf: string): string[][] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return text
    .split('\f')
    .filter((page) => page.trim())
    .map((page) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(Source|来源)[:：]/.test(line)),
    );
}

/** In the page: every small-multiple title's boxes and every other text's, per figure, in SVG units. */
function measureTitles(sectorNames: string[]) {
  type Box = { left: number; top: number; right: number; bottom: number };
  type El = { getBoundingClientRect(): Box; textContent: string | null };
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } })
    .document;
  return Array.from(doc.querySelectorAll('figure svg')).map((svg) => {
    const frame = svg.getBoundingClientRect();
    const scale =
      (svg as unknown as { viewBox: { baseVal: { width: number } } }).viewBox.baseVal.width /
      (frame.right - frame.left);
    const texts = Array.from(
      (svg as unknown as { querySelectorAll(s: string): ArrayLike<El> }).querySelectorAll('text'),
    ).map((el) => {
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        box: {
          left: (box.left - frame.left) * scale,
          top: (box.top - frame.top) * scale,
          right: (box.right - frame.left) * scale,
          bottom: (box.bottom - frame.top) * scale,
        },
      };
    });
    // A title may wrap: each of its lines is a text of its own, part of a sector's name.
    const titled = texts.filter(
      (t) => t.text.trim() && sectorNames.some((name) => name.includes(t.text.trim())),
    );
    return {
      width: (frame.right - frame.left) * scale,
      titles: titled,
      others: texts.filter((t) => !titled.includes(t)),
    };
  });
}

const overlaps = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) =>
  // Two pixels of slack: the lines of one wrapped title may touch.
  a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2;

describe.skipIf(!runBrowserTests)('the report printed by Chromium', () => {
  let browser: Browser | undefined;
  const html: Record<string, string> = {};
  const figures: Record<string, ReturnType<typeof measureTitles>> = {};

  beforeAll(async () => {
    for (const language of LANGUAGES) {
      const io = memoryIo(dir);
      const out = `report-${language}.html`;
      const code = await runCli(
        ['report', 'four.chokepoint', '--mc', '8', '--lang', language, '--out', out],
        io,
      );
      expect(code, io.err()).toBe(0);
      html[language] = readFileSync(join(dir, out), 'utf8');
    }
    browser = await launchChromium();
    // One page loads each report once: its figures are measured as printed (print media), then it is
    // printed (the paper size, not the viewport, lays out the PDF).
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    for (const language of LANGUAGES) {
      await page.goto(pathToFileURL(join(dir, `report-${language}.html`)).href);
      figures[language] = await page.evaluate(measureTitles, SECTOR_NAMES[language]);
      for (const format of FORMATS) await page.pdf({ path: join(dir, `${language}-${format}.pdf`), format });
    }
    await page.close();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasPdftotext)('leaves no heading at a page’s foot, on A4 and Letter, in both languages', () => {
    for (const language of LANGUAGES) {
      const headings = [...html[language]!.matchAll(/<h[23][^>]*>([^<]+)<\/h[23]>/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&').trim(),
      );
      expect(headings.length).toBeGreaterThan(5);
      for (const format of FORMATS) {
        const pages = pagesOf(join(dir, `${language}-${format}.pdf`));
        pages.forEach((lines, i) => {
          // A heading among a page's last four lines (the footer aside) has at most its introduction
          // after it: its figure or table went to the next page.
          const tail = lines.filter((line) => !/^\d+ \/ \d+$/.test(line)).slice(-4);
          for (const heading of headings)
            expect(tail.includes(heading), `${language} ${format} p. ${i + 1} ends on "${heading}"`).toBe(
              false,
            );
        });
      }
    }
  });

  it.skipIf(!hasPdftotext)('keeps the content hashes in the titled appendix, with the provenance', () => {
    for (const [language, title, model] of [
      ['en', 'Appendix: provenance and content hashes', 'Model version'],
      ['zh-CN', '附录：来源与内容哈希', '模型版本'],
    ] as const) {
      for (const format of FORMATS) {
        const pages = pagesOf(join(dir, `${language}-${format}.pdf`));
        const withHashes = pages.filter((lines) => lines.some((line) => /SHA-256|[0-9a-f]{24}/.test(line)));
        expect(withHashes.length, `${language} ${format}`).toBe(1);
        const appendix = withHashes[0]!.join('\n');
        expect(appendix).toContain(title);
        expect(appendix).toContain(model);
        // The source line names the app in the report's language.
        expect(appendix).toMatch(
          language === 'en' ? /Source: ?Chokepoint Planner .*8 draws/ : /来源： ?卡脖子技术规划器 .*8 次抽样/,
        );
      }
    }
  });

  it('draws every small-multiple title clear of the others and of every label, inside its chart', () => {
    for (const language of LANGUAGES) {
      const names = SECTOR_NAMES[language];
      const multiples = figures[language]!.filter((figure) => figure.titles.length >= names.length);
      expect(multiples.length, language).toBeGreaterThanOrEqual(2);
      for (const figure of multiples) {
        for (const [i, title] of figure.titles.entries()) {
          expect(title.box.right, `${language}: "${title.text}" clipped`).toBeLessThanOrEqual(figure.width);
          for (const other of figure.titles.slice(i + 1))
            expect(overlaps(title.box, other.box), `${language}: "${title.text}" meets "${other.text}"`).toBe(
              false,
            );
          for (const other of figure.others)
            expect(overlaps(title.box, other.box), `${language}: "${title.text}" meets "${other.text}"`).toBe(
              false,
            );
        }
      }
    }
  });
});
