import { describe, expect, it } from 'vitest';
import { textWidth, wrapWords } from './text-width';

describe('wrapWords', () => {
  it('breaks at spaces into lines that fit, none starting or ending with a space, the words all kept', () => {
    const text =
      'Scenarios: Baseline (reference); Escalation; Self-reliance push. Unit: % (share of demand met domestically)';
    for (const width of [80, 150, 233, 400, 700]) {
      const lines = wrapWords(text, width, 12);
      for (const line of lines) {
        expect(line).not.toMatch(/^\s|\s$/);
        expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
      }
      // Every word fits a line from 150 px: lines break only at spaces.
      if (width >= 150) expect(lines.join(' ')).toBe(text);
    }
    expect(wrapWords(text, 2000, 12)).toEqual([text]);
  });

  it('breaks Chinese between characters and cuts a word wider than a line where it reaches the edge', () => {
    const chinese = '自主可控推进：半导体、工业软件与高端装备并举的长期方案';
    const lines = wrapWords(chinese, 60, 12);
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.join('')).toBe(chinese);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
    const word = wrapWords('Supercalifragilisticexpialidocious', 50, 12);
    expect(word.length).toBeGreaterThan(1);
    expect(word.join('')).toBe('Supercalifragilisticexpialidocious');
    expect(wrapWords('', 100, 12)).toEqual(['']);
  });
});
