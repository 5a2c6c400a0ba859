import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  aggregateOption,
  chartText,
  observedPanels,
  sectorMultiplesOption,
  withObservedHistory,
  STANDARD_THEME,
  textWidth,
  waterfallOption,
} from '../../shared/charts';
import { EVENT_MARKER_ID_PREFIX, withEventMarkers } from '../../shared/charts/event-markers';
import { attributionWaterfall, runAttribution } from '../../shared/compare';
import { threePresets } from './support/three-presets';

// Read back from ECharts' own SVG rendering: where the dashed lines stand, and what they say.
const { catalogue, baseline, push, model } = threePresets({ draws: 4 });
const text = chartText('en', { catalogue });
const markers = [
  { year: 2026, month: 6, label: 'Hypothetical: HBM and AI-chip extension (2026)' },
  { year: 2028, label: 'Truce' },
  { year: 2019, label: 'Before the run' },
];

type Chart = ReturnType<typeof echarts.init>;
const charts: Chart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.dispose()));

function render(option: EChartsOption, width = 600, height = 320) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  charts.push(chart);
  chart.setOption(option);
  return { chart, svg: chart.renderToSVGString() };
}

/** The x of every dashed vertical line in the SVG (the markers are the only dashed verticals). */
function dashedVerticals(svg: string): number[] {
  return [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"[^>]*stroke-dasharray/g)]
    .filter((match) => Math.abs(Number(match[1]) - Number(match[3])) < 0.01)
    .map((match) => Number(match[1]));
}

describe('event markers', () => {
  const aggregate = aggregateOption(model.trajectories, { bands: true }, STANDARD_THEME, text);

  it('stand at each date inside the years shown, through ECharts’ own coordinates, labelled with names cut to fit', () => {
    const marked = withEventMarkers(aggregate, markers, STANDARD_THEME, { labelWidth: 120 });
    const { chart, svg } = render(marked);
    const at = (index: number) => chart.convertToPixel({ xAxisIndex: 0 }, index);
    const years = model.trajectories.years;
    // June 2026 stands five twelfths of the way from 2026 to 2027.
    const x2026 = at(years.indexOf(2026)) + (5 / 12) * (at(years.indexOf(2027)) - at(years.indexOf(2026)));
    const x2028 = at(years.indexOf(2028));
    expect(dashedVerticals(svg).sort((a, b) => a - b)).toEqual([
      expect.closeTo(x2026, 0),
      expect.closeTo(x2028, 0),
    ]);
    // The long name ends in "…" within the width asked for; the short one is whole.
    const long = /<text[^>]*>(Hypothetical: HBM[^<]*)<\/text>/.exec(svg)?.[1] ?? '';
    expect(long.endsWith('…')).toBe(true);
    expect(textWidth(long, STANDARD_THEME.fontSize - 2)).toBeLessThanOrEqual(120 * 1.2);
    expect(long.length).toBeLessThan(markers[0]!.label.length);
    expect(svg).toContain('>Truce<');
    expect(svg).not.toContain('Before the run');
  });

  it('leave the chart’s own series, legend and tooltip as they were', () => {
    const marked = withEventMarkers(aggregate, markers, STANDARD_THEME);
    const series = marked.series as { id?: string; name?: string }[];
    const original = aggregate.series as { id?: string }[];
    expect(series.slice(0, original.length)).toEqual(original);
    expect(series.slice(original.length).map((s) => [s.id, s.name])).toEqual([
      [`${EVENT_MARKER_ID_PREFIX}0`, undefined],
    ]);
    expect(marked.legend).toBe(aggregate.legend);
    expect(marked.tooltip).toBe(aggregate.tooltip);
    expect(withEventMarkers(aggregate, [], STANDARD_THEME)).toBe(aggregate);
  });

  it('mark every small multiple, naming the event on the first only', () => {
    const multiples = sectorMultiplesOption(
      model.trajectories,
      { variable: 'S', bands: true, width: 900 },
      STANDARD_THEME,
      text,
    );
    const grids = (multiples.xAxis as unknown[]).length;
    expect(grids).toBe(catalogue.sectors.length);
    const marked = withEventMarkers(multiples, markers.slice(0, 1), STANDARD_THEME);
    const added = (marked.series as { id?: string; markLine?: { label?: { show?: boolean } } }[]).filter(
      (s) => s.id?.startsWith(EVENT_MARKER_ID_PREFIX),
    );
    expect(added).toHaveLength(grids);
    expect(added.map((s) => s.markLine?.label?.show)).toEqual([true, ...Array(grids - 1).fill(false)]);
    const { svg } = render(marked, 900, 900);
    expect(dashedVerticals(svg)).toHaveLength(grids);
    expect(svg.match(/Hypothetical: HBM/g)).toHaveLength(1);
  });

  it('leave a chart without a year axis (the waterfall) unmarked', () => {
    const attribution = runAttribution(baseline, push, catalogue);
    if (!attribution.ok) throw new Error('attribution failed');
    const waterfall = attributionWaterfall(attribution.value, {
      output: { kind: 'aggregateS' },
      year: 2040,
      reference: { id: baseline.id, label: 'Baseline' },
      other: { id: push.id, label: 'Push' },
    });
    if (!waterfall.ok) throw new Error('waterfall failed');
    const option = waterfallOption(waterfall.value, { width: 600 }, STANDARD_THEME, text);
    expect(withEventMarkers(option, markers, STANDARD_THEME)).toBe(option);
  });

  it('stand on the right grids of a chart that also draws the observed record (more axes than grids)', () => {
    const trajectories = model.trajectories;
    const option = sectorMultiplesOption(trajectories, { variable: 'S', bands: false }, STANDARD_THEME, text);
    const plots = trajectories.sectorIds.map((sectorId, grid) => ({ grid, sectorId }));
    const history = {
      baseYear: trajectories.years[0]!,
      panels: observedPanels('S', plots, trajectories.years[0]!),
      width: 900,
      format: text.format.percent1,
    };
    const withHistory = withObservedHistory(option, history, STANDARD_THEME, text);
    // Markers go on after the record: a 2019 package stands in the record's panels too.
    const marked = withEventMarkers(withHistory, markers, STANDARD_THEME);
    const yAxes = marked.yAxis as { gridIndex?: number }[];
    const xAxes = marked.xAxis as { gridIndex?: number }[];
    expect(yAxes.length).toBeLessThan(xAxes.length);
    const added = (marked.series as { id?: string; xAxisIndex?: number; yAxisIndex?: number }[]).filter(
      (series) => String(series.id).startsWith(EVENT_MARKER_ID_PREFIX),
    );
    expect(added.length).toBeGreaterThan(trajectories.sectorIds.length);
    for (const series of added)
      expect(yAxes[series.yAxisIndex!]!.gridIndex ?? 0).toBe(xAxes[series.xAxisIndex!]!.gridIndex ?? 0);
    // ECharts draws it: an axis pair on two grids would throw "xAxis and yAxis must use the same grid".
    expect(() => render(marked, 900, 900)).not.toThrow();
  });
});
