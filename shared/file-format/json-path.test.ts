import { describe, expect, it } from 'vitest';
import { formatJsonPath } from './json-path';

describe('formatJsonPath', () => {
  it('writes keys with dots and indices in brackets', () => {
    expect(formatJsonPath(['scenarios', 0, 'sectors', 'IC', 'levers', 'basicResearch', 1, 'value'])).toBe(
      '$.scenarios[0].sectors.IC.levers.basicResearch[1].value',
    );
    expect(formatJsonPath([])).toBe('$');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatJsonPath(['scenarios', 2, 'x-note'])).toBe('$.scenarios[2]["x-note"]');
    expect(formatJsonPath(['a b', '"', ''])).toBe('$["a b"]["\\""][""]');
  });
});
