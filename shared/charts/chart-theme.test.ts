import { describe, expect, it } from 'vitest';
import {
  DARK_THEME,
  PRESENTATION_THEME,
  STANDARD_THEME,
  WATERFALL_COLORS,
  chartTheme,
  scenarioStyle,
} from './chart-theme';
import { BASELINE_IDENTITY, BASELINE_SLOT, IDENTITY_SLOTS, SCENARIO_IDENTITIES } from './scenario-identity';

const channel = (hex: string, i: number) => {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const linear = (hex: string) => [0, 1, 2].map((i) => channel(hex, i)) as [number, number, number];
const luminance = ([r, g, b]: readonly number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(linear(a)), luminance(linear(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

// Machado, Oliveira & Fernandes (2009), severity 1: how the colours look with each dichromacy.
const VISION: Record<string, number[][]> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function lab(hex: string, vision: number[][]): [number, number, number] {
  const rgb = linear(hex);
  const [r, g, b] = vision.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2])),
  );
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('chart palettes', () => {
  for (const [name, theme] of [
    ['light', STANDARD_THEME],
    ['dark', DARK_THEME],
  ] as const) {
    it(`${name}: every identity and the baseline at least 3:1 against the background`, () => {
      expect(theme.series).toHaveLength(IDENTITY_SLOTS.length);
      for (const color of [...theme.series, theme.baseline, theme.increase, theme.decrease, theme.total])
        expect(contrast(color, theme.background), color).toBeGreaterThanOrEqual(3);
    });

    it(`${name}: the first four identities stay distinct under protan, deutan and tritan vision (ΔE ≥ 12)`, () => {
      const four = theme.series.slice(0, 4);
      for (const [vision, matrix] of Object.entries(VISION)) {
        four.forEach((a, i) =>
          four.slice(i + 1).forEach((b) => {
            const distance = Math.hypot(...lab(a, matrix).map((v, k) => v - lab(b, matrix)[k]!));
            expect(distance, `${a} vs ${b} (${vision})`).toBeGreaterThanOrEqual(12);
          }),
        );
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: the waterfall's rise and fall colours are no scenario's, and apart under every vision`, () => {
      const { rise, fall } = WATERFALL_COLORS[scheme];
      const distance = (a: string, b: string, vision: number[][]) =>
        Math.hypot(...lab(a, vision).map((v, k) => v - lab(b, vision)[k]!));
      for (const identity of [...IDENTITY_SLOTS.map((slot) => slot[scheme]), BASELINE_IDENTITY[scheme]])
        for (const bar of [rise, fall])
          expect(distance(bar, identity, VISION.typical!), `${bar} vs ${identity}`).toBeGreaterThanOrEqual(
            15,
          );
      for (const [vision, matrix] of Object.entries(VISION))
        expect(distance(rise, fall, matrix), vision).toBeGreaterThanOrEqual(12);
    });
  }

  it('backs every colour with its own dash, so identities survive grey print', () => {
    const identities = Object.values(SCENARIO_IDENTITIES);
    const dashes = identities.map((slot) => JSON.stringify(slot.dash));
    expect(new Set(dashes).size).toBe(identities.length);
    // The Baseline's grey comes last, after every identity a scenario can own.
    expect(IDENTITY_SLOTS).toEqual([...identities, BASELINE_IDENTITY]);
    expect(IDENTITY_SLOTS[BASELINE_SLOT]).toBe(BASELINE_IDENTITY);
    // The baseline is neutral grey: no hue to confuse with a scenario's.
    for (const scheme of ['light', 'dark'] as const) {
      const [, a, b] = lab(BASELINE_IDENTITY[scheme], VISION.typical!);
      expect(Math.hypot(a, b)).toBeLessThan(8);
    }
  });

  it('keeps the scenario colours across views: presentation and standard share them', () => {
    expect(PRESENTATION_THEME.series).toEqual(STANDARD_THEME.series);
    expect(PRESENTATION_THEME.lineWidth).toBeGreaterThan(STANDARD_THEME.lineWidth);
    expect(chartTheme('presentation', { background: '#101418', text: '#f0f0f0' })).toMatchObject({
      background: '#101418',
      text: '#f0f0f0',
      series: STANDARD_THEME.series,
    });
    expect(chartTheme('standard', {}, 'dark').series).toEqual(DARK_THEME.series);
    expect(scenarioStyle(STANDARD_THEME, IDENTITY_SLOTS.length + 1)).toEqual(
      scenarioStyle(STANDARD_THEME, 1),
    );
  });
});
