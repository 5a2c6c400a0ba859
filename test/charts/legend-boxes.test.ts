import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Registers the command line's text measurer with ECharts: the SVG is laid out as `chokepoint report` lays it out.
import '../../cli/report/render-chart-svg';
import { getCatalogue, getPreset } from '../../shared/catalogue';
import type { ChartText } from '../../shared/charts';
import {
  aggregateOption,
  chartProvenance,
  chartText,
  chokepointsOption,
  comparisonProvenance,
  costsOption,
  EXPORT_INSET,
  fitLegend,
  framedOption,
  IDENTITY_SLOTS,
  OBSERVED_ID_PREFIX,
  sectorMultiplesHeight,
  sectorMultiplesOption,
  sourceLine,
  STANDARD_THEME,
  withComparisonObserved,
} from '../../shared/charts';
import type { ComparisonModel, ScenarioOutcome } from '../../shared/compare';
import { buildComparison, runComparison } from '../../shared/compare';
import type { Scenario } from '../../shared/domain/scenario';
import { launchChromium, runBrowserTests } from '../e2e/support/chromium';
import type { MeasuredSvg } from '../support/svg-legend';
import { measureSvgLegends } from '../support/svg-legend';

/**
 * Every exported chart (PNG and SVG are drawn from the same framed option) keeps its legend above the
 * plots: at five export widths (a 1280- and a 1920-pixel window's charts and the widths between),
 * with one to four scenarios whose names run to 200 characters or are Chinese, the legend's boxes as
 * Chromium draws the SVG (real fonts) never meet a plot's grid box, nor each other, nor the edge.
 * The legend lists the scenarios, one band key and, where the observed record is drawn before the base
 * year, one "Observed" key, each line in its scenario's identity colour, and the source line names the
 * draws behind the bands.
 */
const catalogue = getCatalogue('default-2025')!;
const LONG = 'Long-run industrial self-reliance push with allied export controls '.repeat(4).slice(0, 200);
const WIDE = 'WWWWWWWWWW MMMMMMMMMM '.repeat(10).slice(0, 200);
const CHINESE = '自主可控推进：半导体、工业软件与高端装备并举的长期方案（含盟友出口管制情景）';
const WIDTHS = [360, 560, 900, 1200, 1840];
const DRAWS = 2;

function outcomesOf(names: readonly string[]): ScenarioOutcome[] {
  const presets = ['baseline', 'self-reliance-push', 'escalation', 'push-under-escalation'];
  const scenarios: Scenario[] = presets.map((id, i) => ({ ...getPreset(id)!, name: names[i]! }));
  const outcomes = runComparison(scenarios, catalogue, { referenceId: scenarios[0]!.id, draws: DRAWS });
  if (!outcomes.ok) throw new Error('runs failed');
  return outcomes.value;
}

const NAME_SETS = {
  presets: ['Baseline', 'Self-reliance push', 'Escalation', 'Push under escalation'],
  hostile: [LONG, CHINESE, WIDE, `${CHINESE}${CHINESE}`],
} as const;

/** Every count of scenarios with the hostile names; four scenarios with the others (the same layout rule). */
const cases: {
  label: string;
  language: 'en' | 'zh-CN';
  names: keyof typeof NAME_SETS;
  counts: number[];
}[] = [
  { label: '200-character and Chinese names', language: 'en', names: 'hostile', counts: [1, 2, 3, 4] },
  { label: '200-character and Chinese names, in Chinese', language: 'zh-CN', names: 'hostile', counts: [4] },
  { label: 'preset names', language: 'en', names: 'presets', counts: [4] },
];

interface Exported {
  readonly key: string;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly grids: { x: number; y: number; width: number; height: number }[];
  /** Series name by series index, and the colour its scenario should have. */
  readonly series: { name: string; color: string | null }[];
  readonly source: string;
  /** Whether the chart draws bands (and so has a band key). */
  readonly bands: boolean;
  /** Whether the chart draws observed points (and so has an "Observed" key). */
  readonly observed: boolean;
}

const CHARTS: Record<
  string,
  (model: ComparisonModel, width: number, text: ChartText) => { option: EChartsOption; height: number }
> = {
  aggregate: (model, _width, text) => ({
    option: aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, text),
    height: 300,
  }),
  chokepoints: (model, _width, text) => ({
    option: chokepointsOption(model.trajectories, { bands: true, total: 35 }, STANDARD_THEME, text),
    height: 300,
  }),
  sectors: (model, width, text) => {
    const columns = width >= 900 ? 4 : width >= 560 ? 3 : 2;
    return {
      option: sectorMultiplesOption(
        model.trajectories,
        { variable: 'S', bands: true, width, columns },
        STANDARD_THEME,
        text,
      ),
      height: sectorMultiplesHeight(11, { columns }),
    };
  },
  // The observed record before the base year, as Compare draws it (and exports it) with its toggle on.
  'chokepoints, observed': (model, width, text) => ({
    option: withComparisonObserved(
      chokepointsOption(model.trajectories, { bands: true, total: 35 }, STANDARD_THEME, text),
      { quantity: 'chokepointsOpen' },
      { years: model.trajectories.years, width },
      STANDARD_THEME,
      text,
    ),
    height: 300,
  }),
  'sectors, observed': (model, width, text) => {
    const built = CHARTS.sectors!(model, width, text);
    return {
      ...built,
      option: withComparisonObserved(
        built.option,
        { quantity: 'S', sectorIds: model.trajectories.sectorIds },
        { years: model.trajectories.years, width },
        STANDARD_THEME,
        text,
      ),
    };
  },
  costs: (model, _width, text) => ({
    option: costsOption(model.costs, { measure: 'cumulative' }, STANDARD_THEME, text),
    height: 300,
  }),
};

/** The chart framed for export as the compare view frames it, rendered to SVG, with its grid boxes. */
function exported(
  key: string,
  model: ComparisonModel,
  chart: string,
  width: number,
  text: ChartText,
): Exported {
  const built = CHARTS[chart]!(model, width, text);
  const fitted = fitLegend(built.option, width, STANDARD_THEME, text, { inset: EXPORT_INSET });
  // The source line as the compare view writes it for this chart.
  const source = sourceLine(
    chartProvenance(
      fitted.option,
      comparisonProvenance(model.trajectories, { appVersion: '0.1.0', modelVersion: 2, date: '2026-12-07' }),
    ),
    text,
  );
  const framed = framedOption(
    fitted.option,
    { width, height: built.height + fitted.extraHeight },
    {
      title: chart,
      scenarios: model.scenarios.map((s) => (s.reference ? text.t('reference', { name: s.label }) : s.label)),
      unit: '%',
      source,
    },
    STANDARD_THEME,
    text,
  );
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: framed.height });
  try {
    instance.setOption(framed.option);
    const model2 = (
      instance as unknown as {
        getModel(): {
          getComponent(type: string, i: number): unknown;
          getSeriesCount(): number;
          getSeriesByIndex(i: number): { name: string };
        };
      }
    ).getModel();
    const grids = [];
    for (let i = 0; ; i++) {
      const grid = model2.getComponent('grid', i) as
        { coordinateSystem: { getRect(): Exported['grids'][number] } } | undefined;
      if (!grid) break;
      const rect = grid.coordinateSystem.getRect();
      grids.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height });
    }
    const series = Array.from({ length: model2.getSeriesCount() }, (_, i) => {
      const name = model2.getSeriesByIndex(i).name;
      const scenario = model.scenarios.find((s) => s.label === name);
      return { name, color: scenario ? IDENTITY_SLOTS[scenario.colorIndex]!.light : null };
    });
    return {
      key,
      svg: instance.renderToSVGString(),
      width,
      height: framed.height,
      grids,
      series,
      source,
      bands: (framed.option.series as { id?: string; data?: unknown[] }[]).some(
        (entry) => entry.id?.startsWith('band:') && entry.data?.length,
      ),
      observed: (framed.option.series as { id?: string }[]).some((entry) =>
        entry.id?.startsWith(OBSERVED_ID_PREFIX),
      ),
    };
  } finally {
    instance.dispose();
  }
}

const overlaps = (
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe.skipIf(!runBrowserTests)('exported legends, measured in Chromium', () => {
  let browser: Browser | undefined;
  const charts: Exported[] = [];
  let measured: MeasuredSvg[] = [];

  beforeAll(async () => {
    const runs = Object.fromEntries(
      Object.entries(NAME_SETS).map(([set, names]) => [set, outcomesOf(names)]),
    ) as Record<keyof typeof NAME_SETS, ScenarioOutcome[]>;
    for (const { label, language, names, counts } of cases) {
      const outcomes = runs[names];
      const text = chartText(language, { catalogue });
      for (const count of counts) {
        const model = buildComparison(outcomes.slice(0, count), catalogue, {
          referenceId: outcomes[0]!.scenario.id,
          discountRate: 0.03,
        });
        for (const width of WIDTHS)
          // The observed record with four scenarios (the fullest legend); the others with every count.
          for (const chart of Object.keys(CHARTS).filter((key) => count === 4 || !key.endsWith('observed')))
            charts.push(exported(`${label} · ${count} · ${width} · ${chart}`, model, chart, width, text));
      }
    }
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1900, height: 1000 } });
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><body style="margin:0">${charts
        .map(
          (chart, i) =>
            `<div data-key="${i}" style="width:${chart.width}px;height:${chart.height}px">${chart.svg}</div>`,
        )
        .join('')}</body>`,
      // Many SVGs on a machine shared with other work: loading may take a while.
      { timeout: 180_000 },
    );
    measured = await page.evaluate(measureSvgLegends);
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every legend entry off every plot, off the others and inside the chart', () => {
    expect(measured).toHaveLength(charts.length);
    for (const result of measured) {
      const chart = charts[Number(result.key)]!;
      const entries = result.entries.filter((item) => chart.series[item.seriesIndex]);
      expect(entries.length, chart.key).toBeGreaterThan(0);
      for (const [i, item] of entries.entries()) {
        for (const grid of chart.grids) {
          const plot = {
            left: grid.x,
            top: grid.y,
            right: grid.x + grid.width,
            bottom: grid.y + grid.height,
          };
          expect(overlaps(item.box, plot), `${chart.key}: "${item.text}" meets a plot`).toBe(false);
        }
        // Aligned with the title and the source line, not against the picture's edge.
        expect(item.box.left, `${chart.key}: "${item.text}" left of the title`).toBeGreaterThanOrEqual(
          EXPORT_INSET - 0.5,
        );
        expect(item.box.right, `${chart.key}: "${item.text}" runs off the edge`).toBeLessThanOrEqual(
          chart.width,
        );
        for (const other of entries.slice(i + 1))
          expect(overlaps(item.box, other.box), `${chart.key}: "${item.text}" meets "${other.text}"`).toBe(
            false,
          );
      }
    }
  });

  it('starts no wrapped line of a title, a name or the source with a space', () => {
    for (const result of measured) {
      const chart = charts[Number(result.key)]!;
      expect(result.texts.length, chart.key).toBeGreaterThan(0);
      for (const text of result.texts) expect(text, chart.key).not.toMatch(/^\s|\s$/);
    }
  });

  it('lists the scenarios and one band key, each line in its scenario’s identity colour', () => {
    for (const result of measured) {
      const chart = charts[Number(result.key)]!;
      const names = result.entries.map((item) => chart.series[item.seriesIndex]!.name);
      const scenarios = chart.series.filter((series) => series.color !== null);
      const scenarioNames = [...new Set(scenarios.map((series) => series.name))];
      expect(names.filter((name) => scenarioNames.includes(name)).sort(), chart.key).toEqual(
        [...scenarioNames].sort(),
      );
      // Besides the scenarios, only the band key, once, where bands are drawn, and one "Observed" key
      // where observed points are (however many panels have them); no helper series.
      expect(names.length, chart.key).toBe(
        scenarioNames.length + (chart.bands ? 1 : 0) + (chart.observed ? 1 : 0),
      );
      const observedName = chart.key.startsWith('200-character and Chinese names, in Chinese')
        ? '观测值'
        : 'Observed';
      expect(names.filter((name) => name === observedName).length, chart.key).toBe(chart.observed ? 1 : 0);
      for (const item of result.entries) {
        const series = chart.series[item.seriesIndex]!;
        if (series.color)
          expect(item.stroke?.toUpperCase(), `${chart.key}: ${series.name}`).toBe(series.color);
      }
    }
  });

  it('says in the source line how many draws the bands come from, and deterministic runs where none are drawn', () => {
    for (const result of measured) {
      const chart = charts[Number(result.key)]!;
      if (chart.bands) expect(chart.source, chart.key).toMatch(new RegExp(`${DRAWS} (draws|次抽样)`));
      else expect(chart.source, chart.key).toMatch(/deterministic runs|确定性运行/);
      expect(result.texts.join(' ')).toContain(chart.source.slice(0, 20));
    }
    expect(charts.some((chart) => chart.bands)).toBe(true);
    expect(charts.some((chart) => chart.observed)).toBe(true);
    expect(charts.some((chart) => !chart.bands)).toBe(true);
  });
});
