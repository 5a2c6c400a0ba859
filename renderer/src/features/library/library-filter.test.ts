import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../api-types';
import { PRESET_INFO } from '../../../../shared/catalogue';
import { displayDescription, displayName } from '../../../../shared/catalogue/preset-display';
import { allTags, filterScenarios } from './library-filter';

const item = (id: string, name: string, updatedAt: string, tags: string[] = []): ScenarioSummary => ({
  id,
  name,
  description: '',
  author: 'Ana',
  origin: {},
  tags,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt,
  revision: 1,
  deletedAt: null,
});
const items = [
  item('a', 'Beta plan', '2026-03-01T00:00:00Z', ['workshop']),
  item('b', 'alpha plan', '2026-02-01T00:00:00Z'),
  item('3371702d-a8cd-4dd6-8110-cc660a30111e', 'Escalation', '2026-01-01T00:00:00Z', ['example']),
];
const collator = new Intl.Collator('en');

describe('library filter', () => {
  it('sorts by last modified, name or creation', () => {
    expect(
      filterScenarios(items, { text: '', tag: '', sort: 'updated' }, 'en', collator).map((i) => i.id),
    ).toEqual(['a', 'b', items[2]!.id]);
    expect(
      filterScenarios(items, { text: '', tag: '', sort: 'name' }, 'en', collator).map((i) => i.name),
    ).toEqual(['alpha plan', 'Beta plan', 'Escalation']);
  });

  it('searches name, author and tags by every word, and filters by tag', () => {
    expect(
      filterScenarios(items, { text: 'PLAN beta', tag: '', sort: 'name' }, 'en', collator).map((i) => i.id),
    ).toEqual(['a']);
    expect(
      filterScenarios(items, { text: 'workshop', tag: '', sort: 'name' }, 'en', collator).map((i) => i.id),
    ).toEqual(['a']);
    expect(filterScenarios(items, { text: '', tag: 'example', sort: 'name' }, 'en', collator)).toHaveLength(
      1,
    );
    expect(allTags(items)).toEqual(['example', 'workshop']);
  });

  it('shows and finds the built-in examples by their Chinese names in Chinese', () => {
    expect(displayName(items[2]!, 'zh')).toBe('限制升级');
    expect(displayName({ ...items[2]!, name: 'My escalation' }, 'zh')).toBe('My escalation');
    expect(
      filterScenarios(items, { text: '升级', tag: '', sort: 'name' }, 'zh', new Intl.Collator('zh-CN')),
    ).toHaveLength(1);
  });
});

describe('displayDescription', () => {
  const example = PRESET_INFO[1]!;

  it("shows a built-in example's own description in Chinese, and the user's own text as written", () => {
    expect(displayDescription({ id: example.id, description: example.description.en }, 'zh')).toBe(
      example.description.zh,
    );
    expect(displayDescription({ id: example.id, description: 'Our variant' }, 'zh')).toBe('Our variant');
    expect(displayDescription({ id: example.id, description: '' }, 'zh')).toBe('');
    expect(displayDescription({ id: 'other', description: 'Text' }, 'en')).toBe('Text');
  });
});
