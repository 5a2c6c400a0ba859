import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guardTempFolder } from './temp-folder-guard';

const exitCode = process.exitCode;
afterEach(() => {
  process.exitCode = exitCode;
});

describe('the test run’s temporary folder', () => {
  it('is where tmpdir() points during the run, and is gone after it', () => {
    const outer = tmpdir();
    const messages: string[] = [];
    const teardown = guardTempFolder((message) => messages.push(message));
    const folder = tmpdir();
    expect(folder).not.toBe(outer);
    expect(existsSync(folder)).toBe(true);
    teardown();
    expect(tmpdir()).toBe(outer);
    expect(existsSync(folder)).toBe(false);
    expect(messages).toEqual([]);
    expect(process.exitCode).toBe(exitCode);
  });

  it('fails the run naming what a test left behind, and removes it anyway', () => {
    const messages: string[] = [];
    const teardown = guardTempFolder((message) => messages.push(message));
    const folder = tmpdir();
    mkdirSync(join(folder, 'chokepoint-forgotten-abc123'));
    mkdirSync(join(folder, 'tsx-0'));
    teardown();
    expect(existsSync(folder)).toBe(false);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('chokepoint-forgotten-abc123');
    expect(messages[0]).not.toContain('tsx-0');
    expect(process.exitCode).toBe(1);
  });
});
