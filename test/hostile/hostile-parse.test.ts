import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, describeFileFormatError, parseScenarioFile } from '../../shared/file-format';
import {
  unknownKeysFile,
  unknownKeysInsideLimitsFile,
  wrongStepsInsideLimitsFile,
  wrongTypeListFile,
  zeroScheduleFile,
} from '../support/hostile-files';

describe('a hostile file inside the size limit', () => {
  it('20 MB of zeros in one schedule is refused at the schedule, before JSON.parse builds it', () => {
    const text = zeroScheduleFile();
    expect(text.length).toBeGreaterThan(19_000_000);
    expect(text.length).toBeLessThan(FILE_LIMITS.bytes);
    const read = parseScenarioFile(text, { fileName: 'zeros.chokepoint' });
    expect(read).toMatchObject({
      ok: false,
      error: {
        kind: 'too-many-items',
        path: ['scenarios', 0, 'sectors', 'IC', 'levers', 'basicResearch'],
        limit: FILE_LIMITS.schedulePoints,
      },
    });
    if (read.ok) return;
    expect(describeFileFormatError(read.error)).toMatch(
      /^zeros\.chokepoint has too many items in the list at \$\.scenarios\[0\]\.sectors\.IC\.levers\.basicResearch \(line 1, column \d+\): expected at most 301\.$/,
    );
  });

  it('a million items of the wrong type are refused as one problem, not a million', () => {
    expect(parseScenarioFile(wrongTypeListFile())).toMatchObject({
      ok: false,
      error: { kind: 'too-many-items', path: ['scenarios', 0, 'sectors', 'IC', 'restriction'] },
    });
  });

  it('10,000 unknown 100-character keys in one object are refused at the object', () => {
    const text = unknownKeysFile();
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(parseScenarioFile(text)).toMatchObject({
      ok: false,
      error: { kind: 'too-many-keys', path: ['scenarios', 0, 'parameters'], limit: FILE_LIMITS.objectKeys },
    });
  });

  it('lists 100 problems and counts the rest when a file has thousands', () => {
    const read = parseScenarioFile(unknownKeysInsideLimitsFile());
    expect(read.ok).toBe(false);
    if (read.ok || read.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(read.error.issues).toHaveLength(FILE_LIMITS.issues);
    expect((read.error.omitted ?? 0) + read.error.issues.length).toBeGreaterThanOrEqual(1000);
    expect(read.error.stoppedEarly).toBe(true);
    // The first few unknown keys of an object get a suggestion, the later ones only the expected keys.
    const messages = read.error.issues.map((issue) => issue.message);
    expect(messages.slice(0, FILE_LIMITS.suggestionsPerObject)).toEqual(
      Array.from(
        { length: FILE_LIMITS.suggestionsPerObject },
        (_, i) => `unknown key "gF${i}" (did you mean "gF"?)`,
      ),
    );
    expect(messages.slice(FILE_LIMITS.suggestionsPerObject).every((m) => !m.includes('did you mean'))).toBe(
      true,
    );
    expect(describeFileFormatError(read.error)).toMatch(/… and at least \d+ more$/);
  });

  it('stops checking a file of 1000 scenarios, each wrong everywhere, after 100 problems', () => {
    const read = parseScenarioFile(wrongStepsInsideLimitsFile(1000, 2));
    if (read.ok || read.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(read.error.issues).toHaveLength(FILE_LIMITS.issues);
    expect(read.error.issues.every((issue) => issue.path[1] === 0)).toBe(true);
    expect(read.error.stoppedEarly).toBe(true);
  });

  it('gives no suggestion for long keys (the edit distance would cost their length squared)', () => {
    const key = `gF${'x'.repeat(FILE_LIMITS.suggestionKeyLength)}`;
    const text = unknownKeysFile(1, 3).replace(/"k\d\d"/, `"${key}"`);
    const read = parseScenarioFile(text);
    if (read.ok || read.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(read.error.issues[0]?.message).toMatch(new RegExp(`^unknown key "${key}"; expected one of`));
  });
});
