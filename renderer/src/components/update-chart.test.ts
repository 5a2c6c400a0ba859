import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { getCatalogue, getPreset } from '../../../shared/catalogue';
import type { LayerScenario } from '../../../shared/charts';
import { chartText, sectorLayers, sectorLayersHeight, STANDARD_THEME } from '../../../shared/charts';
import { runComparison } from '../../../shared/compare';
import { updateChart } from './update-chart';
import type { EChart } from './echarts';

/**
 * The editor's live layer is updated by merging only what changed (renderer/src/components/update-chart.ts):
 * the edited scenario's bands must appear, vanish on the next edit and come back, exactly as a chart
 * given each whole option would draw them.
 */
const catalogue = getCatalogue('default-2025')!;
const escalation = getPreset('escalation')!;
const outcomes = runComparison([escalation], catalogue, { referenceId: escalation.id, draws: 4 });
if (!outcomes.ok) throw new Error('runs failed');
const text = chartText('en', { catalogue });
const sectors = catalogue.sectors.map((sector) => ({ id: sector.id, name: sector.name.en }));
const layout = { columns: 3, cellHeight: 150, top: 28, width: 600 };
const height = sectorLayersHeight(sectors.length, layout);

const charts: EChart[] = [];
afterEach(() => charts.splice(0).forEach((chart) => chart.dispose()));
const chart = () => {
  const made = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height }) as EChart;
  charts.push(made);
  return made;
};

function live(withBands: boolean) {
  const { run, bands } = outcomes.ok ? outcomes.value[0]! : ({} as never);
  const scenario: LayerScenario = {
    id: escalation.id,
    label: escalation.name,
    role: 'edited',
    reference: true,
    colorIndex: 0,
    runKey: 'run',
    bandsKey: withBands ? 'bands' : '',
    bandsDone: withBands ? 4 : 0,
    run,
    bands: withBands ? bands : undefined,
  };
  return sectorLayers([scenario], sectors, layout, STANDARD_THEME, text, { scenarios: [scenario] }).live;
}

/** What an SVG rendering of the chart shows of the bands: shaded areas, and band edge paths. */
function drawnBands(target: EChart) {
  const svg = target.renderToSVGString();
  const areas = [...svg.matchAll(/<polygon points="([^"]*)"/g)].filter((m) => m[1]!.trim() !== '').length;
  return { areas, paths: (svg.match(/<path /g) ?? []).length };
}

describe('the live layer updated by merging', () => {
  it('shows, clears and shows again the edited scenario’s bands, as whole options would', () => {
    const merged = chart();
    const steps = [true, false, true];
    for (const withBands of steps) {
      updateChart(merged, live(withBands), { mergeable: ['graphic'] });
      const whole = chart();
      whole.setOption(live(withBands));
      expect(drawnBands(merged), `bands ${withBands ? 'shown' : 'cleared'}`).toEqual(drawnBands(whole));
      expect(drawnBands(merged).areas).toBe(withBands ? sectors.length : 0);
    }
  });
});
