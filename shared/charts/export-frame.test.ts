import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { STANDARD_THEME } from './chart-theme';
import { chartText } from './chart-text';
import { exportFileStem, fileSlug, framedOption } from './export-frame';
import { ellipsise, textWidth } from './text-width';
import { sourceLine } from './provenance';

const en = chartText('en');
const provenance = { appVersion: '0.1.0', modelVersion: 3, draws: 500, seed: 42, date: '2026-12-03' };

type Titles = { text: string; subtext?: string; top?: number; bottom?: number }[];

describe('titled exports', () => {
  it('adds the title, scenario names, unit and source, moving the chart down by the header', () => {
    const option: EChartsOption = {
      title: [{ text: 'Chips', top: 40 }],
      legend: { top: 0 },
      grid: { top: 36, bottom: 28 },
      series: [],
    };
    const frame = {
      title: 'Aggregate self-reliance',
      scenarios: ['Baseline (reference)', 'Push <b>'],
      unit: '%',
      source: sourceLine(provenance, en),
    };
    const out = framedOption(option, { width: 800, height: 300 }, frame, STANDARD_THEME, en);
    const titles = out.option.title as Titles;
    expect(titles[0]!.text).toBe('Aggregate self-reliance');
    expect(titles[0]!.subtext).toBe('Scenarios: Baseline (reference); Push <b>. Unit: %');
    expect(titles[1]!.text).toBe(frame.source);
    expect(titles[1]!.bottom).toBeGreaterThan(0);
    const grid = out.option.grid as { top: number; bottom: number };
    const moved = grid.top - 36;
    expect(moved).toBeGreaterThan(40);
    expect(titles[2]!.top).toBe(40 + moved);
    expect((out.option.legend as { top: number }).top).toBe(moved);
    expect(grid.bottom).toBeGreaterThan(28);
    expect(out.height).toBe(300 + moved + (grid.bottom - 28));
  });

  it('gives long titles and names the room they wrap to', () => {
    const long = 'A'.repeat(200);
    const short = framedOption(
      {},
      { width: 600, height: 300 },
      { title: 'T', scenarios: ['a'], unit: '%', source: 's' },
      STANDARD_THEME,
      en,
    );
    const tall = framedOption(
      {},
      { width: 600, height: 300 },
      { title: long, scenarios: [long, '中'.repeat(80)], unit: '%', source: 's' },
      STANDARD_THEME,
      en,
    );
    expect(tall.height).toBeGreaterThan(short.height + 60);
    expect((tall.option.title as { textStyle: { overflow: string } }[])[0]!.textStyle.overflow).toBe('break');
  });

  it('cuts text that does not fit with an ellipsis, and leaves text that fits alone', () => {
    expect(ellipsise('Chips', 100, 12)).toBe('Chips');
    const cut = ellipsise('N'.repeat(200), 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect(textWidth(cut, 12)).toBeGreaterThan(100 - 12);
    expect(ellipsise('中'.repeat(20), 60, 12)).toBe('中中中中…');
  });

  it('names files after what they hold, the scenarios and the date', () => {
    expect(exportFileStem('Aggregate self-reliance', ['Push', 'Escalation'], '2026-12-03')).toBe(
      'aggregate-self-reliance_push-vs-escalation_2026-12-03',
    );
    expect(fileSlug('自立 推进 / =cmd|x')).toBe('自立-推进-cmd-x');
    expect(exportFileStem('x', ['../../etc', 'a:b*c'], '2026-12-03')).toBe('x_etc-vs-a-b-c_2026-12-03');
    expect(exportFileStem('x', ['N'.repeat(200)], '2026-12-03').length).toBeLessThan(80);
  });
});
