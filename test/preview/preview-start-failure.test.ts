import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreview } from '../e2e/support/preview';
import { useTempFolder } from '../store/temp-folder';

/**
 * A preview server that never says its address (here: given no time to) fails the test that started
 * it with the reason, and is stopped with its data folder removed: a failed start left a folder in
 * the temporary directory on every attempt.
 */
const folder = useTempFolder('chokepoint-preview-start-');
const tmpdirBefore = process.env.TMPDIR;
afterEach(() => {
  if (tmpdirBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpdirBefore;
});

describe('a preview server that fails to start', () => {
  it('says so, and leaves no data folder behind', async () => {
    const temporary = folder();
    process.env.TMPDIR = temporary;
    await expect(startPreview({ timeoutMs: 1 })).rejects.toThrow(/did not print its address in time/);
    expect(readdirSync(temporary)).toEqual([]);
  });
});
