import type { LineScenario } from './chart-parts';
import { lineIdentity } from './chart-parts';
import type { ChartTheme } from './chart-theme';
import type { LineDash } from './scenario-identity';

/** A point in the chart's pixels; `null` breaks a line (between two sectors' panels). */
export type LivePoint = readonly [number, number] | null;

export interface LiveStroke {
  readonly points: readonly LivePoint[];
  readonly color: string;
  readonly width: number;
  /** Canvas dash lengths in pixels (empty: solid), as ECharts draws the same line. */
  readonly dash: readonly number[];
  readonly opacity: number;
}

export interface LiveFill {
  readonly points: readonly (readonly [number, number])[];
  readonly color: string;
  readonly opacity: number;
}

/**
 * The live layer of an editor chart: the edited scenario's lines and bands in the pixels of the base
 * layer's plots, drawn straight on a canvas (a slider move redraws a handful of paths, which a
 * charting library's whole update cycle would cost ten times over). Fills are drawn first.
 */
export interface LivePicture {
  readonly fills: readonly LiveFill[];
  readonly strokes: readonly LiveStroke[];
}

/** The dash ECharts (zrender) draws for a line type at a width, so both layers' lines look alike. */
export function canvasDash(dash: LineDash, width: number): number[] {
  if (dash === 'solid') return [];
  if (dash === 'dashed') return [4 * width, 2 * width];
  if (dash === 'dotted') return [width];
  return [...dash];
}

/** A scenario's line as the base layer would draw it (`scenarioLine`), optionally thinner and fainter. */
export function scenarioStroke(
  scenario: LineScenario,
  points: readonly LivePoint[],
  theme: ChartTheme,
  style: { readonly widthScale?: number; readonly minWidth?: number; readonly opacity?: number } = {},
): LiveStroke {
  const { color, dash, width } = lineIdentity(scenario, theme);
  const drawn = Math.max(style.minWidth ?? 0, width * (style.widthScale ?? 1));
  return { points, color, width: drawn, dash: canvasDash(dash, drawn), opacity: style.opacity ?? 1 };
}

/** A band's edges (thin, in the scenario's colour) and, when `filled`, its shaded area, as `bandSeries` draws them. */
export function bandPicture(
  scenario: LineScenario,
  low: readonly (readonly [number, number])[],
  high: readonly (readonly [number, number])[],
  theme: ChartTheme,
  filled: boolean,
): LivePicture {
  const { color } = lineIdentity(scenario, theme);
  const edge = (points: readonly (readonly [number, number])[]): LiveStroke => ({
    points,
    color,
    width: 1,
    dash: [],
    opacity: theme.bandEdgeOpacity,
  });
  return {
    fills:
      filled && low.length > 0
        ? [{ points: [...low, ...[...high].reverse()], color, opacity: theme.bandOpacity }]
        : [],
    strokes: [edge(low), edge(high)],
  };
}

/** Several pictures as one: all fills below all strokes. */
export function combinePictures(pictures: readonly LivePicture[]): LivePicture {
  return {
    fills: pictures.flatMap((picture) => picture.fills),
    strokes: pictures.flatMap((picture) => picture.strokes),
  };
}

/** A plot area in pixels with its value range: where a value at year index `i` of `n` lies. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly min: number;
  readonly max: number;
}

/** Pixel points of a series over the years (a category axis without boundary gap, as `yearAxis`). */
export function plotPoints(
  box: PlotBox,
  values: ArrayLike<number>,
  count: number,
  offset = 0,
  step = false,
): [number, number][] {
  const x = (i: number) => box.left + (count > 1 ? i / (count - 1) : 0) * box.width;
  const y = (value: number) => box.top + (1 - (value - box.min) / (box.max - box.min || 1)) * box.height;
  const points: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const value = y(values[offset + i]!);
    // ECharts' step: 'end' holds each value until the next year, then jumps.
    if (step && i > 0) points.push([x(i), points[points.length - 1]![1]]);
    points.push([x(i), value]);
  }
  return points;
}
