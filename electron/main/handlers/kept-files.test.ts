import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../../shared/file-format';
import { createKeptFiles } from './kept-files';

const parsed = { scenarios: [] } as unknown as ScenarioFile;
const limits = { maxAgeMs: 60_000, maxFiles: 3, maxChars: 100 };

function kept() {
  let time = 0;
  let next = 0;
  const files = createKeptFiles(
    () => new Date(time),
    limits,
    () => `token-${++next}`,
  );
  return { files, later: (ms: number) => (time += ms) };
}

describe('files kept for import by token', () => {
  it('gives a kept file back once, under its own name', () => {
    const { files } = kept();
    const token = files.keep({ fileName: 'a.chokepoint', parsed }, 10);
    expect(files.take(token)).toEqual({ fileName: 'a.chokepoint', parsed });
    expect(files.take(token)).toBeUndefined();
    expect(files.size).toBe(0);
  });

  it('drops a preview older than the age limit', () => {
    const { files, later } = kept();
    const old = files.keep({ fileName: 'old.chokepoint', parsed }, 10);
    later(59_000);
    const recent = files.keep({ fileName: 'recent.chokepoint', parsed }, 10);
    later(2_000);
    expect(files.take(old)).toBeUndefined();
    expect(files.take(recent)?.fileName).toBe('recent.chokepoint');
  });

  it('keeps at most the file count, dropping the oldest first', () => {
    const { files } = kept();
    const tokens = ['a', 'b', 'c', 'd'].map((name) => files.keep({ fileName: name, parsed }, 1));
    expect(files.size).toBe(3);
    expect(files.take(tokens[0]!)).toBeUndefined();
    expect(tokens.slice(1).map((token) => files.take(token)?.fileName)).toEqual(['b', 'c', 'd']);
  });

  it('keeps at most the text size, dropping the oldest first, never the file just kept', () => {
    const { files } = kept();
    const first = files.keep({ fileName: 'first', parsed }, 60);
    const second = files.keep({ fileName: 'second', parsed }, 50);
    expect(files.take(first)).toBeUndefined();
    const large = files.keep({ fileName: 'large', parsed }, 500);
    expect(files.take(second)).toBeUndefined();
    expect(files.take(large)?.fileName).toBe('large');
  });
});
