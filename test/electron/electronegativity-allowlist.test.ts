import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { checkFindings } from '../../scripts/electronegativity-allowlist.mjs';

const root = join(__dirname, '..', '..');
const allowlist = JSON.parse(readFileSync(join(root, 'electronegativity-allowlist.json'), 'utf8')) as {
  accepted: { rule: string; file: string; source: string; reason: string }[];
};
const entry = {
  rule: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'electron/main/security.ts',
  source: 'vetted();',
  reason: 'ok',
};
const lines: Record<string, string[]> = {
  'electron/main/security.ts': ['', 'vetted();', 'shell.openExternal(any);'],
};
const sourceLine = (file: string, line: number) => lines[file]?.[line - 1]?.trim();

describe('the Electronegativity allowlist', () => {
  it('matches a finding by rule, file and the flagged source line, wherever the line moved', () => {
    const finding = { rule: entry.rule, file: entry.file, line: 2 };
    expect(checkFindings([finding], [entry], sourceLine)).toEqual({ unexplained: [], stale: [] });
  });

  it('fails a new finding of the same rule in the same file', () => {
    const fresh = { rule: entry.rule, file: entry.file, line: 3 };
    const known = { rule: entry.rule, file: entry.file, line: 2 };
    expect(checkFindings([known, fresh], [entry], sourceLine).unexplained).toEqual([fresh]);
  });

  it('matches a call inside a minified line of a hashed bundle, and nothing else there', () => {
    const bundle = {
      rule: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      file: 'dist/renderer/assets/vendor-*.js',
      source: 'e=Function(``+e)',
      reason: 'ok',
    };
    const minified = (call: string) => `${'x'.repeat(2000)};${call};`;
    const file = 'dist/renderer/assets/vendor-AbC123.js';
    const known = { rule: bundle.rule, file, line: 1 };
    const fresh = { rule: bundle.rule, file, line: 2 };
    const bundleLines = (_file: string, line: number) =>
      line === 1 ? minified('e=Function(``+e)') : minified('eval(x)');
    expect(checkFindings([known, fresh], [bundle], bundleLines).unexplained).toEqual([fresh]);
    const elsewhere = { rule: bundle.rule, file: 'dist/renderer/assets/other/vendor-AbC123.js', line: 1 };
    expect(checkFindings([elsewhere], [bundle], bundleLines).unexplained).toEqual([elsewhere]);
    // A short line must still be the source exactly.
    expect(checkFindings([known], [bundle], () => 'x; e=Function(``+e);').unexplained).toEqual([known]);
  });

  it('names the source line of every accepted entry, as it is in the file, with a reason', () => {
    for (const accepted of allowlist.accepted) {
      expect(accepted.reason.trim(), accepted.rule).not.toBe('');
      if (accepted.file.startsWith('dist/')) continue;
      const text = readFileSync(join(root, accepted.file), 'utf8');
      expect(
        text.split('\n').map((line) => line.trim()),
        `${accepted.rule} ${accepted.file}`,
      ).toContain(accepted.source);
    }
  });
});
