import type { EventMarker } from '../../../shared/charts/event-markers';
import type { PackageLookup } from '../../../shared/packages/restriction-package';
import type { TFunction } from 'i18next';
import { packageDate, packageName, packageShortName } from '../i18n/package-display';

/** A package's marker: a few words along its line, the full name for the chart's description. */
export interface PackageMarker extends EventMarker {
  readonly name: string;
}

/** A marker at each applied package's date, in the interface's language (unknown ids left out). */
export function packageMarkers(
  ids: readonly string[],
  lookup: PackageLookup,
  lang: 'en' | 'zh',
): PackageMarker[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    const entry = lookup(id);
    if (!entry || seen.has(id)) return [];
    seen.add(id);
    return [
      {
        year: entry.year,
        ...(entry.month === undefined ? {} : { month: entry.month }),
        label: packageShortName(entry, lang),
        name: packageName(entry, lang),
      },
    ];
  });
}

/** "Dashed lines mark A (Jun 2026) and B (2028)." for a chart's accessible description, or ''. */
export function markersSentence(markers: readonly PackageMarker[], t: TFunction, language: string): string {
  if (markers.length === 0) return '';
  const items = markers.map((marker) =>
    t('packages.marker', { name: marker.name, date: packageDate(marker, language) }),
  );
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  return t('packages.markers', { list });
}
