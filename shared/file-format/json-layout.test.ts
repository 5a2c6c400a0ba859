import { describe, expect, it } from 'vitest';
import { PRESETS } from '../catalogue';
import { genericLayout, inline, inlineJson, layoutLineBreaks, layoutValue, printLayout } from './json-layout';
import { scenarioFileLayout } from './serialize-scenario-file';

describe('inlineJson', () => {
  it('writes one line with spaces after separators', () => {
    expect(inlineJson({ year: 2025, value: 1 })).toBe('{ "year": 2025, "value": 1 }');
    expect(inlineJson(['a', 'b'])).toBe('["a", "b"]');
    expect(inlineJson([])).toBe('[]');
    expect(inlineJson({})).toBe('{}');
    expect(inlineJson('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
  });
});

describe('printLayout', () => {
  it('indents by two spaces, one member per line, inline members on their line', () => {
    const layout = {
      kind: 'object',
      entries: [
        [
          'steps',
          { kind: 'array', items: [inline({ year: 2025, value: 1 }), inline({ year: 2026, value: 2 })] },
        ],
        ['tags', inline(['a'])],
        ['empty', { kind: 'object', entries: [] }],
      ],
    } as const;
    expect(printLayout(layout)).toBe(
      '{\n  "steps": [\n    { "year": 2025, "value": 1 },\n    { "year": 2026, "value": 2 }\n  ],\n  "tags": ["a"],\n  "empty": {}\n}',
    );
    expect(layoutValue(layout)).toEqual({
      steps: [
        { year: 2025, value: 1 },
        { year: 2026, value: 2 },
      ],
      tags: ['a'],
      empty: {},
    });
  });

  it('lays out arbitrary JSON with sorted keys', () => {
    expect(printLayout(genericLayout({ b: [1], a: null }))).toBe('{\n  "a": null,\n  "b": [\n    1\n  ]\n}');
  });
});

describe('layoutLineBreaks', () => {
  const added = (layout: Parameters<typeof printLayout>[0]) =>
    printLayout(layout).length - JSON.stringify(layoutValue(layout)).length;

  it('never counts more than printing adds to the compact JSON, and at least half of it', () => {
    const meta = { exportedAt: '2026-12-07T00:00:00.000Z', appVersion: '0.1.0', modelVersion: 2 };
    for (const layout of [
      scenarioFileLayout(PRESETS, meta),
      genericLayout({ b: [1, [2, { c: 3 }]], a: null, d: {} }),
    ]) {
      expect(layoutLineBreaks(layout)).toBeLessThanOrEqual(added(layout));
      expect(layoutLineBreaks(layout)).toBeGreaterThanOrEqual(0.5 * added(layout));
    }
  });

  it('counts a newline and the indent before each member', () => {
    // {\n  "a": [\n    1\n  ]\n}: "a" at depth 1 (1 + 2), 1 at depth 2 (1 + 4).
    expect(layoutLineBreaks(genericLayout({ a: [1] }))).toBe(8);
    expect(layoutLineBreaks(inline({ year: 2025, value: 1 }))).toBe(0);
  });
});
