import { describe, expect, it } from 'vitest';
import { terminalSafeText } from './terminal-text';

describe('terminalSafeText', () => {
  it('shows line feeds, tabs, escapes and other controls visibly', () => {
    expect(terminalSafeText('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(terminalSafeText('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(terminalSafeText('bell\u0007 vt\u000b del\u007f')).toBe('bell\\x07 vt\\x0b del\\x7f');
    expect(terminalSafeText('csi\u009b2J')).toBe('csi\\x9b2J');
  });

  it('shows the characters that reorder or break lines of text', () => {
    expect(terminalSafeText('abc\u202edcba')).toBe('abc\\u202edcba');
    expect(terminalSafeText('line\u2028next')).toBe('line\\u2028next');
  });

  it('keeps everything else as it is, Chinese, emoji and backslashes included', () => {
    for (const text of ['Baseline', '自主可控推进', 'chip 😀', 'C:\\path', '=HYPERLINK("x") <b>']) {
      expect(terminalSafeText(text)).toBe(text);
    }
  });

  it('leaves no character a terminal acts on, for any text', () => {
    let all = '';
    for (let code = 0; code < 0x3000; code++) all += String.fromCharCode(code);
    const actedOn = [...terminalSafeText(all)].filter((character) => {
      const code = character.charCodeAt(0);
      return (
        code < 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        [0x2028, 0x2029].includes(code) ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069)
      );
    });
    expect(actedOn).toEqual([]);
  });
});
