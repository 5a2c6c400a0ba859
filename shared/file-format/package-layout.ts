import type { RestrictionPackage } from '../packages/restriction-package';
import type { Layout } from './json-layout';
import type { Entry } from './scenario-layout';
import { extensionEntries, objectLayout, scheduleLayout, sortedKeys } from './scenario-layout';
import { inline } from './json-layout';

/**
 * A restriction package in canonical form: fields in the order of file-format.md, sectors sorted by
 * id, each restriction schedule one step per line, `x-…` keys sorted at the end of their object.
 */
export function packageLayout(entry: RestrictionPackage): Layout {
  const entries: Entry[] = [
    ['id', inline(entry.id)],
    ['name', inline(entry.name)],
  ];
  if (entry.description !== undefined) entries.push(['description', inline(entry.description)]);
  entries.push(['year', inline(entry.year)]);
  if (entry.month !== undefined) entries.push(['month', inline(entry.month)]);
  entries.push(['source', inline(entry.source)]);
  if (entry.confidence !== undefined) entries.push(['confidence', inline(entry.confidence)]);
  entries.push([
    'sectors',
    objectLayout(
      sortedKeys(entry.sectors).map((id) => {
        const sector = entry.sectors[id]!;
        return [
          id,
          objectLayout([['restriction', scheduleLayout(sector.restriction)], ...extensionEntries(sector)]),
        ] as const;
      }),
    ),
  ]);
  return objectLayout([...entries, ...extensionEntries(entry)]);
}
