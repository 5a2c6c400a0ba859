import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../../shared/catalogue';
import type { LayerScenario } from '../../../shared/charts';
import { aggregateLayers, chartText, STANDARD_THEME } from '../../../shared/charts';
import { runComparison } from '../../../shared/compare';
import type { EChart } from './echarts';
import { updateChart } from './update-chart';

/**
 * A chart updated by merging only what changed (update-chart.ts) must draw what a chart given each
 * whole option draws: here the editor's aggregate base layer while a compared scenario's bands come,
 * go on the next edit and come back.
 */
const catalogue = getCatalogue('default-2025')!;
const presets = [getPreset('escalation')!, getPreset('self-reliance-push')!];
const outcomes = runComparison(presets, catalogue, { referenceId: presets[0]!.id, draws: 4 });
if (!outcomes.ok) throw new Error('runs failed');
const text = chartText('en', { catalogue });
const size = { width: 480, height: 200 };

const charts: EChart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.dispose()));
const chart = () => {
  const made = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size }) as EChart;
  charts.push(made);
  return made;
};

function base(withBands: boolean) {
  const scenarios: LayerScenario[] = (outcomes.ok ? outcomes.value : []).map((outcome, i) => ({
    id: outcome.scenario.id,
    label: outcome.scenario.name,
    role: i === 0 ? 'edited' : 'compared',
    reference: i === 0,
    colorIndex: i,
    runKey: String(i),
    bandsKey: withBands ? String(i) : '',
    bandsDone: withBands ? 4 : 0,
    run: outcome.run,
    bands: withBands ? outcome.bands : undefined,
  }));
  return aggregateLayers(scenarios, size, STANDARD_THEME, text, { scenarios }).base;
}

/** Every path the SVG rendering draws, in order of their outlines (independent of element ids). */
const paths = (target: EChart) =>
  [...target.renderToSVGString().matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!).sort();

describe('a chart updated by merging', () => {
  it('draws what whole options draw, as bands come, go and come back', () => {
    const merged = chart();
    const counts: number[] = [];
    for (const withBands of [true, false, true]) {
      updateChart(merged, base(withBands));
      const whole = chart();
      whole.setOption(base(withBands));
      expect(paths(merged), `bands ${withBands ? 'shown' : 'gone'}`).toEqual(paths(whole));
      counts.push(paths(merged).length);
    }
    // The compared scenario's band (two edges) is drawn, then not, then again.
    expect(counts[0]).toBeGreaterThan(counts[1]!);
    expect(counts[2]).toBe(counts[0]);
  });
});
