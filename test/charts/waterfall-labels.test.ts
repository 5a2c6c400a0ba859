import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../cli/report/render-chart-svg';
import { getCatalogue } from '../../shared/catalogue';
import { PRESENTATION_THEME, STANDARD_THEME, chartText, waterfallOption } from '../../shared/charts';
import type { Waterfall } from '../../shared/compare';
import { INPUT_IDS } from '../../shared/domain/inputs';
import { waterfallWords } from './support/waterfall-words';

// Every lever group and the restriction contribute, so nine bars share the width: the tightest case.
const groups = [...INPUT_IDS, 'assumptions'] as const;
const waterfall: Waterfall = {
  output: { kind: 'aggregateS' },
  year: 2040,
  reference: { id: 'a', label: 'Baseline', value: 0.29 },
  other: { id: 'b', label: 'Self-reliance push', value: 0.29 + 0.01 * groups.length },
  difference: 0.01 * groups.length,
  bars: groups.map((group, i) => ({ group, value: 0.01, start: 0.29 + 0.01 * i, end: 0.3 + 0.01 * i })),
};

describe('the waterfall’s category labels', () => {
  const text = chartText('en', { catalogue: getCatalogue('default-2025')! });
  const words = waterfallWords();

  for (const [theme, width] of [
    [STANDARD_THEME, 760],
    [STANDARD_THEME, 900],
    [PRESENTATION_THEME, 1200],
    [PRESENTATION_THEME, 1800],
  ] as const) {
    it(`wrap between words, never inside one (${width} px, ${theme.fontSize} px type)`, () => {
      const svg = renderChartSvg(
        waterfallOption(waterfall, { width }, theme, text),
        { width, height: 420 },
        'en',
      );
      const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
        .map((match) => match[1]!.replaceAll('&amp;', '&').trim())
        .filter((line) => /^[A-Za-z(&]/.test(line));
      // Every label is drawn (the nine groups' names and the two scenarios'), in lines of whole words.
      expect(lines.length).toBeGreaterThanOrEqual(groups.length + 2);
      for (const line of lines)
        for (const word of line.split(/\s+/)) expect(words, `"${line}"`).toContain(word);
    });
  }
});
