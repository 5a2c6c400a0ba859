import { describe, expect, it } from 'vitest';
import { genericLayout, inline, inlineJson, layoutValue, printLayout } from './json-layout';

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
