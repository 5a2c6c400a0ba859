import type { ScenarioSummary } from '../../api-types';
import { displayName } from '../../../../shared/catalogue/preset-display';
import type { LibrarySort } from '../../store/store-types';

/** Every tag in use, sorted. */
export function allTags(items: readonly ScenarioSummary[]): string[] {
  return [...new Set(items.flatMap((item) => item.tags))].sort((a, b) => a.localeCompare(b));
}

/**
 * The library list after search (name, author, tags; case-insensitive, any order of words), tag
 * filter and sort.
 */
export function filterScenarios(
  items: readonly ScenarioSummary[],
  query: { text: string; tag: string; sort: LibrarySort },
  lang: 'en' | 'zh',
  collator: Intl.Collator,
): ScenarioSummary[] {
  const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = items.filter((item) => {
    if (query.tag && !item.tags.includes(query.tag)) return false;
    if (words.length === 0) return true;
    const haystack = [item.name, displayName(item, lang), item.author, ...item.tags].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const byName = (a: ScenarioSummary, b: ScenarioSummary) =>
    collator.compare(displayName(a, lang), displayName(b, lang));
  const sorted = [...matches];
  switch (query.sort) {
    case 'name':
      sorted.sort(byName);
      break;
    case 'created':
      sorted.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || byName(a, b));
      break;
    case 'updated':
      sorted.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b));
      break;
  }
  return sorted;
}
