import { describe, expect, it } from 'vitest';
import {
  describeFileFormatError,
  describeFileFormatWarning,
  fileFormatErrorParams,
} from './describe-file-format-error';
import type { FileFormatError, FileFormatErrorKind } from './file-format-error';

const file = 'plan.chokepoint';
const issue = {
  path: ['scenarios', 0, 'sectors', 'IC', 'levers', 'basicResearch', 1, 'value'],
  message: 'expected a value from 0.5 to 3 (the range of basicResearch), found 4',
};

/** One example of every kind, with the message it must give (the Record makes the list exhaustive). */
const EXAMPLES: Record<FileFormatErrorKind, [FileFormatError, string]> = {
  'too-large': [
    { kind: 'too-large', file, path: [], bytes: 22_020_096, limit: 20_971_520 },
    'plan.chokepoint is too large: 21.0 MB, expected at most 20.0 MB.',
  ],
  'wrong-encoding': [
    { kind: 'wrong-encoding', file, path: [], encoding: 'UTF-16 (little-endian)' },
    'plan.chokepoint is saved as UTF-16 (little-endian); save it as UTF-8, the encoding of scenario files.',
  ],
  'invalid-utf8': [
    { kind: 'invalid-utf8', file, path: [], offset: 1234 },
    'plan.chokepoint is not valid UTF-8 text: the bytes at offset 1234 are not a UTF-8 character; save it as UTF-8.',
  ],
  'too-many-items': [
    { kind: 'too-many-items', file, path: ['x-list'], limit: 10_000, line: 2, column: 9 },
    'plan.chokepoint has too many items in the list at $["x-list"] (line 2, column 9): expected at most 10000.',
  ],
  'too-many-keys': [
    { kind: 'too-many-keys', file, path: ['scenarios', 0], limit: 1000, line: 5, column: 3 },
    'plan.chokepoint has too many keys in the object at $.scenarios[0] (line 5, column 3): expected at most 1000.',
  ],
  'key-too-long': [
    { kind: 'key-too-long', file, path: ['scenarios', 0, 'kkk…'], limit: 1000, line: 5, column: 3 },
    'plan.chokepoint has a key longer than 1000 characters at $.scenarios[0]["kkk…"] (line 5, column 3).',
  ],
  'string-too-long': [
    { kind: 'string-too-long', file, path: ['scenarios', 0, 'name'], limit: 100_000, line: 5, column: 11 },
    'plan.chokepoint has a text longer than 100000 characters at $.scenarios[0].name (line 5, column 11).',
  ],
  'too-complex': [
    { kind: 'too-complex', file, path: [], reason: 'memory' },
    'plan.chokepoint is too large or too complex to read: reading it went over the memory or time the reader allows.',
  ],
  'invalid-json': [
    {
      kind: 'invalid-json',
      file,
      path: [],
      line: 3,
      column: 8,
      expected: 'a value',
      found: '"tru"',
      detail: 'Unexpected token',
    },
    'plan.chokepoint is not valid JSON: at line 3, column 8, expected a value, found "tru".',
  ],
  'too-deep': [
    { kind: 'too-deep', file, path: ['scenarios', 0, 'x-deep'], limit: 32, line: 9, column: 4 },
    'plan.chokepoint is nested too deeply at $.scenarios[0]["x-deep"] (line 9, column 4): expected at most 32 levels of objects and lists.',
  ],
  'duplicate-key': [
    { kind: 'duplicate-key', file, path: ['scenarios', 0, 'horizon'], key: 'horizon', line: 20, column: 7 },
    'plan.chokepoint: expected each key once in an object, found "horizon" again at $.scenarios[0].horizon (line 20, column 7).',
  ],
  'forbidden-key': [
    { kind: 'forbidden-key', file, path: ['scenarios', 0, '__proto__'], key: '__proto__' },
    'plan.chokepoint: the key "__proto__" at $.scenarios[0].__proto__ is not allowed in a scenario file (it is refused for safety).',
  ],
  'non-finite-number': [
    { kind: 'non-finite-number', file, path: ['scenarios', 0, 'seed'], value: Infinity },
    'plan.chokepoint: expected a finite number at $.scenarios[0].seed, found a number too large to represent (Infinity).',
  ],
  'not-a-chokepoint-file': [
    { kind: 'not-a-chokepoint-file', file, path: ['format'], found: '"format": "tldraw"' },
    'plan.chokepoint is not a Chokepoint Planner file: expected "format": "chokepoint-scenarios" at $.format, found "format": "tldraw".',
  ],
  'invalid-format-version': [
    { kind: 'invalid-format-version', file, path: ['formatVersion'], found: '"1"' },
    'plan.chokepoint: expected a whole-number format version at $.formatVersion, found "1".',
  ],
  'format-version-too-new': [
    { kind: 'format-version-too-new', file, path: ['formatVersion'], found: 2, supported: 1 },
    'plan.chokepoint was written in format version 2, but this version of Chokepoint Planner reads format version 1 at most: update the app to open it.',
  ],
  'format-version-unsupported': [
    { kind: 'format-version-unsupported', file, path: ['formatVersion'], found: 1, supported: 3 },
    'plan.chokepoint is in format version 1, which this version of Chokepoint Planner cannot read (it reads format version 3).',
  ],
  'migration-failed': [
    { kind: 'migration-failed', file, path: [], from: 1, to: 2, reason: 'scenario 3 has no id' },
    'plan.chokepoint: could not upgrade it from format version 1 to 2: scenario 3 has no id.',
  ],
  'too-many-scenarios': [
    { kind: 'too-many-scenarios', file, path: ['scenarios'], count: 1001, limit: 1000 },
    'plan.chokepoint holds 1001 scenarios at $.scenarios: expected at most 1000 in one file.',
  ],
  'duplicate-id': [
    { kind: 'duplicate-id', file, path: ['scenarios', 2, 'id'], id: 'a', index: 2, firstIndex: 0 },
    'plan.chokepoint: expected each scenario id once, found "a" again at $.scenarios[2].id (first used at $.scenarios[0]).',
  ],
  schema: [
    {
      kind: 'schema',
      file,
      path: ['scenarios', 0, 'x'],
      issues: [{ path: ['scenarios', 0, 'x'], message: 'unknown key "x"' }],
    },
    'plan.chokepoint does not match the scenario file format (1 problem):\n  $.scenarios[0].x: unknown key "x"',
  ],
  semantic: [
    { kind: 'semantic', file, path: issue.path, issues: [issue, issue] },
    `plan.chokepoint has values that are not allowed (2 problems):\n  $.scenarios[0].sectors.IC.levers.basicResearch[1].value: ${issue.message}\n  $.scenarios[0].sectors.IC.levers.basicResearch[1].value: ${issue.message}`,
  ],
};

describe('describeFileFormatError', () => {
  it.each(Object.entries(EXAMPLES))(
    'describes %s: the file, where, what was expected and found',
    (_kind, [error, message]) => {
      expect(describeFileFormatError(error)).toBe(message);
    },
  );

  it('says "The file" when no name is known, and lists at most 50 issues', () => {
    const issues = Array.from({ length: 60 }, (_, i) => ({ path: ['scenarios', i], message: 'bad' }));
    const text = describeFileFormatError({ kind: 'semantic', path: [], issues });
    expect(text.startsWith('The file has values that are not allowed (60 problems):')).toBe(true);
    expect(text.split('\n')).toHaveLength(52);
    expect(text.endsWith('  … and 10 more')).toBe(true);
  });

  it('counts the problems not listed, and says when checking stopped early', () => {
    const issues = [{ path: ['scenarios', 0], message: 'bad' }];
    expect(describeFileFormatError({ kind: 'schema', path: [], issues, omitted: 5 })).toMatch(
      /\(6 problems\):\n {2}\$\.scenarios\[0\]: bad\n {2}… and 5 more$/,
    );
    expect(
      describeFileFormatError({ kind: 'schema', path: [], issues, omitted: 5, stoppedEarly: true }),
    ).toMatch(/… and at least 5 more$/);
  });

  it('says a read stopped at the limit is "more than" the limit', () => {
    expect(
      describeFileFormatError({
        kind: 'too-large',
        path: [],
        bytes: 20_971_521,
        limit: 20_971_520,
        atLeast: true,
      }),
    ).toBe('The file is too large: more than 20971520 bytes, expected at most 20971520 bytes.');
  });

  it('lets a translator take over by key, with the structured parameters', () => {
    const [error] = EXAMPLES['format-version-too-new'];
    const t = (key: string, params: Readonly<Record<string, string | number>>) =>
      key === 'fileFormat.error.format-version-too-new'
        ? `文件格式版本 ${params.found} 高于支持的 ${params.supported}`
        : undefined;
    expect(describeFileFormatError(error, t)).toBe('文件格式版本 2 高于支持的 1');
    expect(describeFileFormatError(EXAMPLES['too-large'][0], t)).toBe(EXAMPLES['too-large'][1]);
    expect(fileFormatErrorParams(error)).toEqual({ file, path: '$.formatVersion', found: 2, supported: 1 });
  });
});

describe('describeFileFormatWarning', () => {
  it('says a file was edited by hand', () => {
    expect(describeFileFormatWarning({ kind: 'hash-mismatch', expected: 'a', found: 'b' }, file)).toBe(
      'plan.chokepoint was edited by hand after it was exported (its content hash does not match).',
    );
    expect(describeFileFormatWarning({ kind: 'migrated', from: 1, to: 2 })).toBe(
      'The file was written in format version 1 and has been upgraded to version 2.',
    );
  });
});
