import { describe, expect, it } from 'vitest';
import { chartText } from './chart-text';

describe('the charts’ number formats', () => {
  it('joins the targets of a title as each language joins a list', () => {
    const en = chartText('en').format;
    const zh = chartText('zh-CN').format;
    expect(en.list([en.percent(0.5), en.percent(0.7)])).toBe('50% and 70%');
    expect(en.list(['50%', '70%', '90%'])).toBe('50%, 70%, and 90%');
    expect(zh.list([zh.percent(0.5), zh.percent(0.7)])).toBe('50%和70%');
    expect(en.list(['50%'])).toBe('50%');
  });

  it('titles the targets slide with them', () => {
    const zh = chartText('zh-CN');
    expect(zh.t('deck.targets', { targets: zh.format.list(['50%', '70%']) })).toBe(
      '各行业首次达到 50%和70% 自给率的年份',
    );
  });

  it('writes a negative difference with the minus sign, not a hyphen, and zero unsigned', () => {
    const en = chartText('en').format;
    const zh = chartText('zh-CN').format;
    expect(en.percentPoints(-0.031)).toBe('\u22123.1 pp');
    expect(en.percentPoints(0.031)).toBe('+3.1 pp');
    expect(en.signedMoney(-12.34)).toBe('\u221212.3');
    expect(en.signed(-0.04)).toBe('0.0');
    expect(zh.percentPointsShort(-0.031)).toMatch(/^\u22123\.1/);
  });
});
