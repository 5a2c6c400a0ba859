import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { referenceWaterfalls } from '../../cli/report/reference-waterfalls';
import { renderChartSvg } from '../../cli/report/render-chart-svg';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import {
  aggregateOption,
  chartText,
  exportFileStem,
  framedOption,
  sectorMultiplesOption,
  STANDARD_THEME,
  waterfallOption,
} from '../../shared/charts';
import type { ComparisonModel, Waterfall } from '../../shared/compare';
import { buildComparison, runComparison } from '../../shared/compare';
import { buildDeck } from '../../shared/deck/build-deck';
import { slidePlan } from '../../shared/deck/slide-plan';
import type { Scenario } from '../../shared/domain/scenario';
import { xmlProblem } from '../support/xml-parts';

/**
 * Scenario names as users type them: 200 characters, Chinese, markup and spreadsheet formulas. Charts,
 * export file names and the deck keep the full name (in the data, on hover, in the deck's text), keep
 * their layout (long legend entries and axis labels are cut with an ellipsis) and never interpret it.
 * Plus the edge counts: one scenario alone, and four that give identical results.
 */
const catalogue = getCatalogue('default-2025')!;
const en = chartText('en', { catalogue });
const LONG = 'Long-run industrial self-reliance push with allied export controls '.repeat(4).slice(0, 200);
const CHINESE = '自主可控推进：半导体与工业软件并举';
const MARKUP = '=HYPERLINK("http://x")<script>alert(1)</script> & "q" \'a\'';
const MARKUP_TEXT = /<script>|<\/script>/;

function compare(scenarios: Scenario[]): { model: ComparisonModel; waterfall: Waterfall | null } {
  const outcomes = runComparison(scenarios, catalogue, { referenceId: scenarios[0]!.id, draws: 6 });
  if (!outcomes.ok) throw new Error('runs failed');
  const model = buildComparison(outcomes.value, catalogue, {
    referenceId: scenarios[0]!.id,
    discountRate: 0.03,
  });
  const waterfalls = referenceWaterfalls(scenarios, model, catalogue);
  if (!waterfalls.ok) throw new Error('attribution failed');
  return { model, waterfall: waterfalls.value[0] ?? null };
}

const named: Scenario[] = [
  { ...getPreset('baseline')!, name: LONG },
  { ...getPreset('self-reliance-push')!, name: CHINESE },
  { ...getPreset('escalation')!, name: MARKUP },
];
const badNames = compare(named);

async function deck(
  model: ComparisonModel,
  waterfall: Waterfall | null,
  language: 'en' | 'zh-CN' = 'en',
): Promise<{ slides: string[]; charts: string[] }> {
  const bytes = await buildDeck(
    {
      language,
      catalogue,
      model,
      title: model.scenarios.map((scenario) => scenario.label).join(' vs '),
      waterfall,
      provenance: { appVersion: '0.1.0', modelVersion: 3, draws: 6, seed: 1, date: '2026-12-03' },
      slides: slidePlan(model.trajectories.sectorIds),
    },
    () => new PptxGenJS(),
    (zip) => JSZip.loadAsync(zip),
  );
  const zip = await JSZip.loadAsync(bytes);
  const parts = async (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => pattern.test(name))
        .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
        .map((name) => zip.file(name)!.async('string')),
    );
  return {
    slides: await parts(/^ppt\/slides\/slide\d+\.xml$/),
    charts: await parts(/^ppt\/charts\/chart\d+\.xml$/),
  };
}

/** Whether `xml` is well-formed XML 1.0 (the strict parser under jsdom's DOMParser). */
const wellFormed = (xml: string): boolean => xmlProblem(xml) === undefined;

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

type Option = Record<string, any>;

describe('scenario names as users type them', () => {
  it('keeps full names in the chart data and cuts legend entries with an ellipsis, full name on hover', () => {
    const option = aggregateOption(
      badNames.model.trajectories,
      { bands: true },
      STANDARD_THEME,
      en,
    ) as Option;
    const names = option.series
      .filter((series: Option) => !String(series.id).startsWith('band:'))
      .map((series: Option) => series.name);
    expect(names).toEqual([LONG, CHINESE, MARKUP]);
    expect(option.legend.data).toEqual([LONG, CHINESE, MARKUP]);
    expect(option.legend.textStyle).toMatchObject({ overflow: 'truncate', ellipsis: '…' });
    expect(option.legend.textStyle.width).toBeLessThan(400);
    expect(option.legend.tooltip.show).toBe(true);
    const svg = renderChartSvg(option as never, { width: 960, height: 320 }, 'en');
    expect(svg).not.toMatch(MARKUP_TEXT);
    expect(svg).toContain('…');
    expect(svg).not.toContain(LONG);
  });

  it('wraps the waterfall’s scenario labels to at most three lines, the full name in the tooltip, escaped', () => {
    const option = waterfallOption(badNames.waterfall!, {}, STANDARD_THEME, en) as Option;
    expect(option.xAxis.data[0]).toBe(LONG);
    expect(option.xAxis.axisLabel).toMatchObject({ overflow: 'break', lineOverflow: 'truncate' });
    expect(option.xAxis.axisLabel.height).toBeLessThanOrEqual(3 * option.xAxis.axisLabel.lineHeight);
    // Broken into at most three lines at spaces (none starting with one), cut with an ellipsis.
    const lines = (option.xAxis.axisLabel.formatter(LONG) as string).split('\n');
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
    const shown = lines.join(' ');
    expect(shown.endsWith('…')).toBe(true);
    expect(LONG.startsWith(shown.slice(0, -1))).toBe(true);
    expect((option.xAxis.axisLabel.formatter(CHINESE) as string).replace(/\n/g, '')).toBe(CHINESE);
    const tip = option.tooltip.formatter([{ dataIndex: 0 }]) as string;
    expect(tip).toContain(LONG);
    const svg = renderChartSvg(option as never, { width: 960, height: 360 }, 'en');
    expect(svg).not.toMatch(MARKUP_TEXT);
    expect(svg).toContain('…');
  });

  it('frames exports with the full names, wrapped, and names the file safely', () => {
    const option = sectorMultiplesOption(
      badNames.model.trajectories,
      { variable: 'S', bands: false },
      STANDARD_THEME,
      en,
    );
    const framed = framedOption(
      option,
      { width: 960, height: 600 },
      { title: `Sectors: ${LONG}`, scenarios: [LONG, CHINESE, MARKUP], unit: '%', source: 'Source: test' },
      STANDARD_THEME,
      en,
    );
    const [head] = framed.option.title as { subtext: string; textStyle: { overflow: string } }[];
    // Wrapped into lines at spaces: the names are whole once the lines are joined again.
    const subtext = head!.subtext.replace(/\n/g, ' ');
    expect(subtext).toContain(LONG.trim());
    expect(subtext).toContain(MARKUP);
    expect(head!.textStyle.overflow).toBe('break');
    const svg = renderChartSvg(framed.option as never, { width: 960, height: framed.height }, 'en');
    expect(svg).not.toMatch(MARKUP_TEXT);

    const stem = exportFileStem('Aggregate self-reliance', [LONG, CHINESE, MARKUP], '2026-12-03');
    expect(stem).toMatch(/^aggregate-self-reliance_long-run-industrial.*_2026-12-03$/);
    expect(stem).not.toMatch(/[<>:"/\\|?*=&'\s]/);
    expect(stem.length).toBeLessThanOrEqual(200);
    expect(exportFileStem('Chips', [CHINESE], '2026-12-03')).toBe(
      'chips_自主可控推进-半导体与工业软件并举_2026-12-03',
    );
  });

  it('builds a deck whose XML is well-formed, with the names escaped and kept whole', async () => {
    expect(wellFormed('<a><b>x & y</b></a>')).toBe(false);
    for (const language of ['en', 'zh-CN'] as const) {
      const { slides, charts } = await deck(badNames.model, badNames.waterfall, language);
      expect(slides).toHaveLength(17);
      for (const part of [...slides, ...charts]) {
        expect(wellFormed(part)).toBe(true);
        expect(part).not.toMatch(MARKUP_TEXT);
      }
      const all = [...slides, ...charts].join('\n');
      expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
      expect(all).toContain(CHINESE);
      expect(all).toContain(LONG);
      // Titles naming the scenarios are cut to two lines; so are the targets table's headers. In the
      // "why" slide's title the names are cut, so the sentence around them survives.
      const firstText = (xml: string) => unescape(/<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!);
      expect(firstText(slides[0]!).endsWith('…')).toBe(true);
      expect(firstText(slides[0]!).length).toBeLessThan(LONG.length);
      const why = firstText(slides[16]!);
      expect(why).toContain('…');
      expect(why.length).toBeLessThan(LONG.length);
      expect(why).toMatch(/2040/);
      const headers = [...slides[14]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!));
      expect(headers.some((text) => text.endsWith('…') && LONG.startsWith(text.slice(0, -1)))).toBe(true);
      expect(headers).toContain(CHINESE);
    }
  }, 30_000);
});

describe('edge counts', () => {
  const baseline = getPreset('baseline')!;
  const alone = compare([baseline]);
  const identical = compare([1, 2, 3, 4].map((n) => ({ ...baseline, id: `same-${n}`, name: `Same ${n}` })));

  it('one scenario: its charts, its slides (no waterfall) and its deck', async () => {
    expect(alone.waterfall).toBeNull();
    const option = aggregateOption(alone.model.trajectories, { bands: true }, STANDARD_THEME, en) as Option;
    expect(option.series.filter((series: Option) => series.name === baseline.name).length).toBeGreaterThan(0);
    const { slides, charts } = await deck(alone.model, alone.waterfall);
    expect(slides).toHaveLength(17);
    // Overview, 11 × 2 sectors, chokepoints, 3 costs; the "why" slide says there is nothing to explain.
    expect(charts).toHaveLength(27);
    for (const part of [...slides, ...charts]) expect(wellFormed(part)).toBe(true);
  }, 30_000);

  it('four scenarios with identical results: every line, an empty waterfall, the full deck', async () => {
    const option = aggregateOption(
      identical.model.trajectories,
      { bands: true },
      STANDARD_THEME,
      en,
    ) as Option;
    const lines = option.series.filter((series: Option) => !String(series.id).startsWith('band:'));
    expect(lines.map((series: Option) => series.name)).toEqual(['Same 1', 'Same 2', 'Same 3', 'Same 4']);
    expect(new Set(lines.map((series: Option) => series.lineStyle.color)).size).toBe(4);
    const waterfall = waterfallOption(identical.waterfall!, {}, STANDARD_THEME, en) as Option;
    const svg = renderChartSvg(waterfall as never, { width: 960, height: 360 }, 'en');
    expect(svg.startsWith('<svg')).toBe(true);
    const { slides, charts } = await deck(identical.model, identical.waterfall);
    expect(slides).toHaveLength(17);
    expect(charts).toHaveLength(28);
    for (const part of [...slides, ...charts]) expect(wellFormed(part)).toBe(true);
  }, 30_000);
});
