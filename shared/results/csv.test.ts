import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

/** The cells a spreadsheet reads back from one CSV line (RFC 4180 quoting). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe('CSV neutralisation (OWASP CSV injection)', () => {
  it('writes text that would start a formula as text', () => {
    for (const dangerous of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x","y")'])
      expect(csvField(dangerous).startsWith(`"'`), JSON.stringify(dangerous)).toBe(true);
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('Push, 2030')).toBe('"Push, 2030"');
    expect(csvField('Baseline')).toBe('Baseline');
  });

  it('keeps numbers numbers, negative ones too', () => {
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(3)).toBe('3');
    expect(toCsv([['a', -1, null]])).toBe('a,-1,\r\n');
  });

  it('never lets a text cell start with a formula character, and reads back to the text (quote added)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (row) => {
        const line = toCsv([row]).slice(0, -2);
        if (row.some((cell) => /[\r\n]/.test(cell))) return;
        const cells = parseLine(line);
        expect(cells).toHaveLength(row.length);
        cells.forEach((cell, i) => {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell).toBe(/^[=+\-@\t\r]/.test(row[i]!) ? `'${row[i]}` : row[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
