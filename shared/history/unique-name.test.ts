import { describe, expect, it } from 'vitest';
import { firstFreeName, uniqueName } from './unique-name';

describe('uniqueName', () => {
  it('keeps a free name', () => {
    expect(uniqueName('Escalation', ['Baseline'])).toBe('Escalation');
  });

  it('counts on past names already taken, ignoring case and spaces', () => {
    expect(uniqueName('Escalation', ['escalation '])).toBe('Escalation (2)');
    expect(uniqueName('Escalation', ['Escalation', 'Escalation (2)'])).toBe('Escalation (3)');
    expect(uniqueName('Escalation (2)', ['Escalation', 'Escalation (2)'])).toBe('Escalation (3)');
  });

  it('names the author first when known', () => {
    expect(uniqueName('Escalation', ['Escalation'], { author: 'Li Wei' })).toBe('Escalation (from Li Wei)');
    expect(uniqueName('Escalation', ['Escalation', 'Escalation (from Li Wei)'], { author: 'Li Wei' })).toBe(
      'Escalation (2)',
    );
  });

  it('uses the language given', () => {
    const suffixes = { counter: '{name}（{n}）', fromAuthor: '{name}（来自{author}）' };
    expect(uniqueName('升级', ['升级'], { suffixes })).toBe('升级（2）');
    expect(uniqueName('升级', ['升级'], { suffixes, author: '李伟' })).toBe('升级（来自李伟）');
  });

  it('cuts a long name so that the suffix fits the 200-character limit', () => {
    const long = 'x'.repeat(200);
    const name = uniqueName(long, [long]);
    expect(name.length).toBeLessThanOrEqual(200);
    expect(name.endsWith(' (2)')).toBe(true);
  });

  it('asks only about the keys of the names it tries, in order (a library answers each from its index)', () => {
    const taken = new Set(['escalation', 'escalation (from li wei)', 'escalation (2)']);
    const asked: string[] = [];
    const name = firstFreeName(
      ' Escalation ',
      (key) => {
        asked.push(key);
        return taken.has(key);
      },
      { author: 'Li Wei' },
    );
    expect(name).toBe('Escalation (3)');
    expect(asked).toEqual(['escalation', 'escalation (from li wei)', 'escalation (2)', 'escalation (3)']);
  });
});
