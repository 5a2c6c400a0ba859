import { describe, expect, it } from 'vitest';
import modelSource from '../../../../docs/model.md?raw';
import { parseInline, parseMarkdown, slug } from './markdown';

describe('markdown reader', () => {
  it('reads headings, lists, code, tables and generated regions', () => {
    const blocks = parseMarkdown(
      [
        '# Title',
        '',
        'Some *text* with `code`.',
        '',
        '- one',
        '  more',
        '- two',
        '',
        '```',
        'E = mc^2',
        '```',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '<!-- t:start -->',
        '| x |',
        '<!-- t:end -->',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'code', 'table', 'region']);
    expect(blocks[2]).toEqual({ kind: 'list', ordered: false, items: ['one more', 'two'] });
    expect(blocks[4]).toEqual({ kind: 'table', head: ['a', 'b'], rows: [['1', '2']] });
  });

  it('reads inline code, emphasis and links, never HTML', () => {
    expect(parseInline('a **b** `c` [d](https://x.org) <b>')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://x.org', children: [{ kind: 'text', text: 'd' }] },
      { kind: 'text', text: ' <b>' },
    ]);
  });

  it('reads docs/model.md: its sections, equations, the three generated tables and the backtest view', () => {
    const blocks = parseMarkdown(modelSource);
    const headings = blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toContain('3. Equations (per sector, right-hand sides at the start of each sub-step)');
    expect(blocks.filter((b) => b.kind === 'region').map((b) => (b.kind === 'region' ? b.name : ''))).toEqual(
      ['backtest-view', 'parameters', 'sectors', 'chokepoints'],
    );
    expect(blocks.some((b) => b.kind === 'code' && b.text.includes('(E7) dC/dt'))).toBe(true);
    expect(slug('## 8. Properties the engine keeps')).toBe('8-properties-the-engine-keeps');
  });
});
