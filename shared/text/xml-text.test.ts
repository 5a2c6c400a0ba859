import { describe, expect, it } from 'vitest';
import { xmlSafeDeep, xmlSafeText } from './xml-text';

describe('xmlSafeText', () => {
  it('replaces every character XML 1.0 forbids by U+FFFD and keeps tab, newline and carriage return', () => {
    const forbidden = [0x0, 0x1, 0x7, 0x8, 0xb, 0xc, 0xe, 0x1b, 0x1f, 0xfffe, 0xffff];
    for (const code of forbidden) {
      expect(xmlSafeText(`a${String.fromCharCode(code)}b`)).toBe('a\uFFFDb');
    }
    expect(xmlSafeText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('keeps surrogate pairs whole and replaces lone halves', () => {
    expect(xmlSafeText('chip 😀 芯片')).toBe('chip 😀 芯片');
    expect(xmlSafeText('a\uD83Db')).toBe('a\uFFFDb');
    expect(xmlSafeText('a\uDE00b')).toBe('a\uFFFDb');
    expect(xmlSafeText('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
  });

  it('leaves markup characters to the writer that escapes them', () => {
    expect(xmlSafeText('<a & "b">')).toBe('<a & "b">');
  });
});

describe('xmlSafeDeep', () => {
  it('sanitises every string at any depth and keeps the rest, without changing its input', () => {
    const input = {
      text: 'a\u0007b',
      rows: [[{ text: 'x\u001bY', options: { bold: true, size: 12 } }]],
      values: [1, 2.5, null],
      when: new Date(0),
    };
    const safe = xmlSafeDeep(input);
    expect(safe).toEqual({
      text: 'a\uFFFDb',
      rows: [[{ text: 'x\uFFFDY', options: { bold: true, size: 12 } }]],
      values: [1, 2.5, null],
      when: input.when,
    });
    expect(input.text).toBe('a\u0007b');
  });
});
