import type { LineSeriesOption } from 'echarts';
import { bandSeries, scenarioLine, valueAxis, yearAxis } from './chart-parts';
import type { ChartText } from './chart-text';
import type { ChartTheme } from './chart-theme';
import type { PlotBox } from './live-picture';
import { bandPicture, combinePictures, plotPoints, scenarioStroke } from './live-picture';
import type { ChartLayers, ChartSize, LatestData, LayerScenario } from './trajectory-layers';
import {
  anchor,
  bandSlice,
  layerFrame,
  latestRows,
  latestTooltip,
  signature,
  slice,
  yearsOf,
} from './trajectory-layers';

type EconomyVariable = 'aggregateS' | 'chokepointsOpen';

interface EconomySpec {
  readonly variable: EconomyVariable;
  readonly idPrefix: string;
  readonly yAxis: { readonly min: number; readonly max: number; readonly interval: number };
  readonly format: (value: number) => string;
  readonly gridLeft: number;
  readonly step: boolean;
}

function economyLayers(
  scenarios: readonly LayerScenario[],
  spec: EconomySpec,
  size: ChartSize,
  theme: ChartTheme,
  latest: LatestData,
): ChartLayers {
  const years = yearsOf(scenarios);
  const n = years.length;
  const extra: LineSeriesOption = spec.step ? { step: 'end', silent: true } : { silent: true };
  const grid = { left: spec.gridLeft, right: 12, top: 12, bottom: 24, outerBoundsMode: 'none' as const };
  // The base layer's plot area in pixels (its grid does not shrink to fit labels): the live layer's.
  const box: PlotBox = {
    left: grid.left,
    top: grid.top,
    width: size.width - grid.left - grid.right,
    height: size.height - grid.top - grid.bottom,
    min: spec.yAxis.min,
    max: spec.yAxis.max,
  };
  const bandsOf = (s: LayerScenario) =>
    bandSeries(s, `${spec.idPrefix}:${s.id}`, bandSlice(s.bands?.[spec.variable], n), theme, 0, extra);
  const bands = scenarios.filter((s) => s.run && s.role !== 'edited').flatMap(bandsOf);
  const lines = scenarios
    .filter((s) => s.run && s.role !== 'edited')
    .map((s) =>
      scenarioLine(s, `${spec.idPrefix}:${s.id}:line`, slice(s.run![spec.variable], n), theme, 0, extra),
    );
  const edited = scenarios.filter((s) => s.role === 'edited' && s.run);
  const xAxis = yearAxis(years, theme);
  const yAxis = valueAxis(theme, spec.format, spec.yAxis);
  return {
    base: {
      ...layerFrame(theme),
      grid,
      xAxis,
      yAxis,
      tooltip: latestTooltip(
        theme,
        (year) => year,
        (y) => latestRows(latest, (s) => s.run![spec.variable][y]!, spec.format),
      ),
      series: [anchor(`${spec.idPrefix}:anchor`, years), ...bands, ...lines],
    },
    live: combinePictures(
      edited.flatMap((s) => {
        const points = (values: ArrayLike<number>) => plotPoints(box, values, n, 0, spec.step);
        const band = s.bands?.[spec.variable];
        return [
          ...(band ? [bandPicture(s, points(band.p10), points(band.p90), theme, s.reference)] : []),
          { fills: [], strokes: [scenarioStroke(s, points(s.run![spec.variable]), theme)] },
        ];
      }),
    ),
    baseSignature: signature(scenarios, [spec.idPrefix, spec.yAxis, theme]),
  };
}

/**
 * Aggregate self-reliance: every visible scenario, with bands where computed, on a fixed 0–100 % axis
 * like the sectors' (comparable at a glance, and never redrawn while a slider moves).
 */
export function aggregateLayers(
  scenarios: readonly LayerScenario[],
  size: ChartSize,
  theme: ChartTheme,
  text: ChartText,
  latest: LatestData,
): ChartLayers {
  return economyLayers(
    scenarios,
    {
      variable: 'aggregateS',
      idPrefix: 'aggregate',
      yAxis: { min: 0, max: 1, interval: 0.25 },
      format: text.format.percent,
      gridLeft: 44,
      step: false,
    },
    size,
    theme,
    latest,
  );
}

/** Open chokepoints per year (a step chart), from 0 to the number the catalogue lists. */
export function chokepointLayers(
  scenarios: readonly LayerScenario[],
  total: number,
  size: ChartSize,
  theme: ChartTheme,
  text: ChartText,
  latest: LatestData,
): ChartLayers {
  return economyLayers(
    scenarios,
    {
      variable: 'chokepointsOpen',
      idPrefix: 'chokepoints',
      yAxis: { min: 0, max: total, interval: 10 },
      format: text.format.integer,
      gridLeft: 36,
      step: true,
    },
    size,
    theme,
    latest,
  );
}
