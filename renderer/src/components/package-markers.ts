import type { EventMarker } from '../../../shared/charts/event-markers';
import type { PackageLookup } from '../../../shared/packages/restriction-package';
import { packageName } from '../i18n/package-display';

/** A marker at each applied package's date, named in the interface's language (unknown ids left out). */
export function packageMarkers(
  ids: readonly string[],
  lookup: PackageLookup,
  lang: 'en' | 'zh',
): EventMarker[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    const entry = lookup(id);
    if (!entry || seen.has(id)) return [];
    seen.add(id);
    return [
      {
        year: entry.year,
        ...(entry.month === undefined ? {} : { month: entry.month }),
        label: packageName(entry, lang),
      },
    ];
  });
}
